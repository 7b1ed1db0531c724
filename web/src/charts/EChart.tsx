import { useEffect, useRef } from 'react';
import { CHART_FONT_FAMILY, type EChartsCoreOption, echarts } from './echarts.ts';

interface EChartProps {
  option: EChartsCoreOption;
  /** A one-sentence text equivalent; the table beside the chart carries the full data. */
  label: string;
  className?: string;
  /**
   * Called with the data index of a clicked item. Pages that use it also list the same items as
   * links, so keyboard and screen-reader users never depend on the click.
   */
  onItemClick?: (dataIndex: number) => void;
}

/** Mounts one ECharts instance, keeps it sized to its box and disposes it on unmount. */
export function EChart({ option, label, className, onItemClick }: EChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReturnType<typeof echarts.init> | null>(null);
  // The latest handler, read at click time, so a new closure does not re-create the chart.
  const clickRef = useRef(onItemClick);
  clickRef.current = onItemClick;

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const chart = echarts.init(box, undefined, { renderer: 'svg' });
    chartRef.current = chart;
    chart.on('click', (params: { dataIndex?: number }) => {
      if (typeof params.dataIndex === 'number') clickRef.current?.(params.dataIndex);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(
      { textStyle: { fontFamily: CHART_FONT_FAMILY }, ...option },
      { notMerge: true },
    );
  }, [option]);

  return <div ref={boxRef} className={className ?? 'chart'} role="img" aria-label={label} />;
}
