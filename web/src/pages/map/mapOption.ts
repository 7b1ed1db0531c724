import type { City, CityResult } from '../../api/benchmark.ts';
import type { EChartsCoreOption } from '../../charts/echarts.ts';
import { escapeHtml, prefersReducedMotion } from '../city/chartText.ts';
import { isPresent } from '../editions/format.ts';

export interface MapPoint {
  city: City;
  result: CityResult;
  name: string;
  country: string;
  lat: number;
  lon: number;
  score: number;
}

/** Cities with a score and coordinates, in the result order; the data index maps back to this array. */
export function mapPoints(
  cities: readonly City[],
  results: readonly CityResult[],
  label: (city: City) => { name: string; country: string },
): MapPoint[] {
  const byCode = new Map(cities.map((city) => [city.code, city]));
  return results.flatMap((result) => {
    const city = byCode.get(result.city);
    const { lat, lon } = city ?? {};
    // A city without coordinates or a score cannot be placed or coloured; the rankings list it.
    if (!city || !isPresent(lat) || !isPresent(lon) || !isPresent(result.score)) return [];
    return [{ city, result, ...label(city), lat, lon, score: result.score }];
  });
}

export interface MapLabels {
  longitude: string;
  latitude: string;
  score: string;
  rank: string;
  notRanked: string;
}

/**
 * A geographic scatter without tiles or geodata (the app runs offline): longitude and latitude
 * axes with a 30° graticule, dots coloured by score. `highlight` (the organisation's city) is labelled.
 */
export function mapOption(
  points: readonly MapPoint[],
  labels: MapLabels,
  highlight: string | null,
): EChartsCoreOption {
  const scores = points.map((p) => p.score);
  return {
    animation: !prefersReducedMotion(),
    grid: { left: 48, right: 24, top: 16, bottom: 88 },
    tooltip: {
      trigger: 'item',
      formatter: (params: { dataIndex: number }) => {
        const point = points[params.dataIndex];
        if (!point) return '';
        const rank = point.result.rank ?? labels.notRanked;
        return `<strong>${escapeHtml(point.name)}</strong> (${escapeHtml(point.country)})<br/>${escapeHtml(labels.score)}: ${Math.round(point.score)}<br/>${escapeHtml(labels.rank)}: ${rank}`;
      },
    },
    xAxis: {
      type: 'value',
      min: -180,
      max: 180,
      interval: 30,
      name: labels.longitude,
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { formatter: (v: number) => `${v}°` },
      splitLine: { lineStyle: { color: '#e3e9ee' } },
    },
    yAxis: {
      type: 'value',
      min: -60,
      max: 75,
      interval: 30,
      name: labels.latitude,
      nameLocation: 'middle',
      nameGap: 36,
      axisLabel: { formatter: (v: number) => `${v}°` },
      splitLine: { lineStyle: { color: '#e3e9ee' } },
    },
    visualMap: {
      type: 'continuous',
      dimension: 2,
      min: Math.floor(Math.min(...scores) / 50) * 50,
      max: Math.ceil(Math.max(...scores) / 50) * 50,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      text: [labels.score, ''],
      calculable: false,
      inRange: { color: ['#d8e6f0', '#6aa3c8', '#1f5f8b', '#0b2d45'] },
    },
    series: [
      {
        type: 'scatter',
        symbolSize: 12,
        cursor: 'pointer',
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        data: points.map((p) => ({
          value: [p.lon, p.lat, p.score],
          name: p.name,
          label:
            p.city.code === highlight
              ? { show: true, formatter: p.name, position: 'right', fontWeight: 'bold' }
              : undefined,
          itemStyle: p.city.code === highlight ? { borderColor: '#b35c00', borderWidth: 3 } : undefined,
        })),
      },
    ],
  };
}
