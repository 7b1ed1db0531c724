import type { EChartsCoreOption } from '../../charts/echarts.ts';
import type { OverallPoint } from './historySeries.ts';

interface Labels {
  edition: (editionNumber: number) => string;
  rankAxis: string;
  source: string;
}

const LINE_COLOUR = '#1f5f8b';

/** Rank over editions; the y axis is inverted so rank 1 sits on top, as readers expect. */
export function rankHistoryOption(points: OverallPoint[], labels: Labels): EChartsCoreOption {
  const worst = Math.max(...points.map((point) => point.rank.rank), 1);
  return {
    // The line draws itself in over a second; skip that for people who asked for less motion.
    animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    grid: { left: 56, right: 24, top: 32, bottom: 40, containLabel: false },
    tooltip: {
      trigger: 'item',
      formatter: (params: { dataIndex: number }) => {
        const point = points[params.dataIndex];
        if (!point) return '';
        const edition = escapeHtml(labels.edition(point.rank.number));
        const source = escapeHtml(point.rank.source);
        return `${edition}: ${point.rank.rank}<br/>${escapeHtml(labels.source)}: ${source}`;
      },
    },
    xAxis: {
      type: 'category',
      data: points.map((point) => labels.edition(point.rank.number)),
      boundaryGap: false,
      axisLabel: { hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      inverse: true,
      min: 1,
      max: Math.ceil((worst + 5) / 10) * 10,
      name: labels.rankAxis,
      nameLocation: 'middle',
      nameGap: 36,
    },
    series: [
      {
        type: 'line',
        data: points.map((point) => point.rank.rank),
        symbolSize: 9,
        // ECharts drops markers on narrow screens by default; every edition is a published figure.
        showAllSymbol: true,
        lineStyle: { width: 3, color: LINE_COLOUR },
        itemStyle: { color: LINE_COLOUR },
        label: { show: true, position: 'top', fontWeight: 'bold', color: '#1b2a36' },
      },
    ],
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
