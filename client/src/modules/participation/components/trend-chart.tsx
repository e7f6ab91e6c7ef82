import { Card, Empty, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isRateMetric, type CommitmentMetric } from '@yah/shared';
import type { ChartOption } from '../echarts';
import { Chart } from './chart';

export interface TrendMonth {
  month: string;
  metrics: readonly { metric: CommitmentMetric; value: number | null }[];
}

/** A line per metric of the monthly totals; the on-time rate on its own (percentage) axis; the legend shows or hides a line. */
export function TrendChart({ trend }: { trend: readonly TrendMonth[] }) {
  const { t } = useTranslation();
  const metrics = useMemo(() => {
    const seen = new Set<CommitmentMetric>();
    for (const month of trend) for (const item of month.metrics) seen.add(item.metric);
    return [...seen];
  }, [trend]);
  const hasRate = metrics.some(isRateMetric);
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 8, top: 64, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0, left: 0, right: 0, itemGap: 12, textStyle: { fontSize: 12 } },
      xAxis: { type: 'category', boundaryGap: false, data: trend.map((month) => month.month) },
      yAxis: [
        { type: 'value', name: t('participation.charts.countAxis'), minInterval: 1, nameTextStyle: { align: 'left' } },
        ...(hasRate ? [{ type: 'value' as const, name: t('participation.charts.rateAxis'), min: 0, max: 100, splitLine: { show: false }, nameTextStyle: { align: 'right' as const } }] : []),
      ],
      series: metrics.map((metric) => ({
        type: 'line' as const,
        name: t(`participation.metric.${metric}`),
        yAxisIndex: isRateMetric(metric) ? 1 : 0,
        smooth: false,
        symbolSize: 6,
        lineStyle: isRateMetric(metric) ? { type: 'dashed' as const } : undefined,
        data: trend.map((month) => month.metrics.find((item) => item.metric === metric)?.value ?? null),
      })),
    }),
    [trend, metrics, hasRate, t],
  );
  return (
    <Card size="small" title={t('participation.charts.trend')} data-testid="trend-chart">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0, fontSize: 13 }}>
        {t('participation.charts.trendHelp')}
      </Typography.Paragraph>
      {trend.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('participation.charts.noTrend')} />
      ) : (
        <Chart option={option} tall label={t('participation.charts.trend')} />
      )}
    </Card>
  );
}
