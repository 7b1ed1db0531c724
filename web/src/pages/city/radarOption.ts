import type { EChartsCoreOption } from '../../charts/echarts.ts';
import type { AreaProfile } from './areaProfile.ts';
import { prefersReducedMotion } from './chartText.ts';

/** Area scores (1-1,000) of the city against the peer median, one spoke per area. */
export function radarOption(
  profile: readonly AreaProfile[],
  names: { areaName: (p: AreaProfile) => string; city: string; peers: string },
): EChartsCoreOption {
  const scores = profile.flatMap((p) => [p.score, p.peerMedian]).filter(Number.isFinite);
  // Start the spokes a little below the lowest value so differences are visible, not squashed.
  const floor = Math.max(0, Math.floor((Math.min(...scores, 1000) - 50) / 100) * 100);
  const ceiling = Math.min(1000, Math.ceil((Math.max(...scores, 0) + 20) / 100) * 100);
  return {
    animation: !prefersReducedMotion(),
    legend: { bottom: 0, data: [names.city, names.peers] },
    tooltip: { trigger: 'item' },
    radar: {
      radius: '62%',
      center: ['50%', '48%'],
      indicator: profile.map((p) => ({ name: names.areaName(p), min: floor, max: ceiling })),
      axisName: { color: '#1b2a36' },
    },
    series: [
      {
        type: 'radar',
        data: [
          {
            name: names.city,
            value: profile.map((p) => Math.round(p.score)),
            lineStyle: { width: 3, color: '#1f5f8b' },
            itemStyle: { color: '#1f5f8b' },
            areaStyle: { color: 'rgba(31, 95, 139, 0.18)' },
          },
          {
            name: names.peers,
            value: profile.map((p) => Math.round(p.peerMedian)),
            lineStyle: { width: 2, type: 'dashed', color: '#b35c00' },
            itemStyle: { color: '#b35c00' },
          },
        ],
      },
    ],
  };
}
