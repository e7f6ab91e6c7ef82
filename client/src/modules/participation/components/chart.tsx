import { useRef } from 'react';
import type { ChartOption } from '../echarts';
import { useEChart } from '../hooks/use-echart';

/** One ECharts drawing, with a text alternative for screen readers. */
export function Chart({ option, onClick, label, tall = false }: { option: ChartOption; onClick?: (dataIndex: number) => void; label: string; tall?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEChart(ref, option, onClick);
  return <div ref={ref} className={tall ? 'participation-chart participation-chart-tall' : 'participation-chart'} role="img" aria-label={label} />;
}
