import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { periodLabel, type PeriodLike } from '../participation-format';

/** The periods, newest first, the current ones marked. */
export function PeriodSelect({
  periods,
  value,
  onChange,
  id,
}: {
  periods: readonly PeriodLike[];
  value: string | null;
  onChange: (periodId: string) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={onChange}
      style={{ minWidth: 170 }}
      aria-label={t('participation.period.label')}
      data-testid="period-select"
      options={periods.map((period) => ({
        value: period.id,
        label: period.isCurrent ? t('participation.period.current', { label: periodLabel(t, period) }) : periodLabel(t, period),
      }))}
    />
  );
}
