import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '@/app/i18n/use-localized';
import type { ChartOption } from '../echarts';
import { Chart } from './chart';

export interface ProvinceFigure {
  province: { code: string; nameZh: string; nameEn: string; riverOrder: number };
  members: number;
  averageIndex: number;
}

/** Average index per province, upstream (Yunnan) on the left to downstream (Shanghai) on the right; a bar filters by its province. */
export function ProvinceChart({ provinces, selected, onSelect }: { provinces: readonly ProvinceFigure[]; selected: string | null; onSelect: (code: string) => void }) {
  const { t } = useTranslation();
  const { pick, isEnglish } = useLocalized();
  const ordered = useMemo(() => [...provinces].sort((a, b) => a.province.riverOrder - b.province.riverOrder), [provinces]);
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 8, top: 24, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'category',
        data: ordered.map((item) => pick(item.province.nameZh, item.province.nameEn)),
        axisLabel: { interval: 0, rotate: isEnglish ? 40 : 0, fontSize: 11 },
        axisTick: { alignWithLabel: true },
      },
      yAxis: { type: 'value', min: 0, max: 100, interval: 25 },
      series: [
        {
          type: 'bar',
          name: t('participation.ranking.index'),
          barMaxWidth: 28,
          data: ordered.map((item) => ({
            value: item.averageIndex,
            itemStyle: { opacity: selected === null || selected === item.province.code ? 1 : 0.35, borderRadius: [3, 3, 0, 0] },
          })),
          label: { show: true, position: 'top', fontSize: 11, formatter: ({ value }) => (typeof value === 'number' ? value.toFixed(1) : '') },
        },
      ],
    }),
    [ordered, pick, isEnglish, selected, t],
  );
  const select = (index: number) => {
    const item = ordered[index];
    if (item) onSelect(item.province.code);
  };
  const summary = ordered.map((item) => `${pick(item.province.nameZh, item.province.nameEn)} ${item.averageIndex.toFixed(1)}`).join(' · ');
  return (
    <Card size="small" title={t('participation.charts.provinces')} data-testid="province-chart">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0, fontSize: 13 }}>
        {t('participation.charts.provincesHelp')}
      </Typography.Paragraph>
      <Chart option={option} onClick={select} label={`${t('participation.charts.provinces')}: ${summary}`} />
    </Card>
  );
}
