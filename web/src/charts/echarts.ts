// Only the ECharts parts the app draws with, so the bundle stays small.
import { LineChart } from 'echarts/charts';
import { GridComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export type { EChartsCoreOption } from 'echarts/core';
export { echarts };

/** Canvas/SVG text does not inherit CSS, so charts get the same Korean-capable stack as the page. */
export const CHART_FONT_FAMILY =
  "'Nanum Gothic', 'NanumGothic', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";
