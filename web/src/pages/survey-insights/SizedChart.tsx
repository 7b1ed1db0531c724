import type { ComponentProps } from 'react';
import { LazyEChart } from '../../charts/LazyEChart.tsx';

/** A chart whose height follows its content (e.g. one row per answer option). */
export function SizedChart({ height, ...props }: ComponentProps<typeof LazyEChart> & { height: number }) {
  return (
    <div className="si-chart-box" style={{ height }}>
      <LazyEChart {...props} className="chart si-chart-fill" />
    </div>
  );
}
