// Only the ECharts parts the app draws with, so the bundle stays small (plans: treemap, sunburst,
// custom Gantt bars; surveys: bar, pie and heatmap cross-tabs).
import {
  BarChart,
  CustomChart,
  HeatmapChart,
  LineChart,
  PieChart,
  RadarChart,
  ScatterChart,
  SunburstChart,
  TreemapChart,
} from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  BarChart,
  RadarChart,
  ScatterChart,
  TreemapChart,
  SunburstChart,
  CustomChart,
  PieChart,
  HeatmapChart,
  DataZoomComponent,
  MarkLineComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  VisualMapPiecewiseComponent,
  SVGRenderer,
]);

export type { EChartsCoreOption } from 'echarts/core';
export { echarts };

/** Canvas/SVG text does not inherit CSS, so charts get the same Korean-capable stack as the page. */
export const CHART_FONT_FAMILY =
  "'Nanum Gothic', 'NanumGothic', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";
