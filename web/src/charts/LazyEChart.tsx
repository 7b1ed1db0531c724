import { type ComponentProps, lazy, Suspense } from 'react';
import type { EChart } from './EChart.tsx';

// ECharts is most of the bundle; load it with the first chart, not with the app shell.
const EChartChunk = lazy(() => import('./EChart.tsx').then((module) => ({ default: module.EChart })));

export function LazyEChart(props: ComponentProps<typeof EChart>) {
  return (
    <Suspense fallback={<div className={props.className ?? 'chart'} aria-busy="true" />}>
      <EChartChunk {...props} />
    </Suspense>
  );
}
