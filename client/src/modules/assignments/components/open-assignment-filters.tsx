import { DatePicker, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FilterField } from '@/app/layout/filter-field';
import { ASSIGNMENT_FORMATS, type AssignmentFormat } from '@yah/shared';
import { pickerDate } from '@/app/time/alliance-time';
import { MemberPicker } from '@/modules/members/components/member-picker';
import { useProvinceOptions } from '@/modules/topics/hooks/use-provinces';

export interface OpenAssignmentFilterValues {
  format: AssignmentFormat | null;
  provinceCode: string | null;
  memberId: string | null;
  /** YYYY-MM-DD, inclusive */
  dueFrom: string | null;
  dueTo: string | null;
}

/** Format, province, city (a member), due dates. */
export function OpenAssignmentFilters({
  value,
  onChange,
}: {
  value: OpenAssignmentFilterValues;
  onChange: (patch: Partial<OpenAssignmentFilterValues>) => void;
}) {
  const { t } = useTranslation();
  const provinces = useProvinceOptions();
  const range: [Dayjs, Dayjs] | null = value.dueFrom && value.dueTo ? [pickerDate(value.dueFrom), pickerDate(value.dueTo)] : null;

  return (
    <div className="filter-bar" role="search" aria-label={t('openAssignments.filters.label')}>
      <FilterField label={t('openAssignments.filters.format')} className="filter-select">
        <Select
          allowClear
          className="filter-control"
          aria-label={t('openAssignments.filters.format')}
          placeholder={t('openAssignments.filters.format')}
          value={value.format ?? undefined}
          onChange={(format: AssignmentFormat | undefined) => onChange({ format: format ?? null })}
          options={ASSIGNMENT_FORMATS.map((format) => ({ value: format, label: t(`enums.assignmentFormat.${format}`) }))}
        />
      </FilterField>
      <FilterField label={t('openAssignments.filters.province')} className="filter-select">
        <Select
          allowClear
          className="filter-control"
          aria-label={t('openAssignments.filters.province')}
          placeholder={t('openAssignments.filters.province')}
          loading={provinces.loading}
          value={value.provinceCode ?? undefined}
          onChange={(code: string | undefined) => onChange({ provinceCode: code ?? null, memberId: null })}
          options={provinces.options}
        />
      </FilterField>
      <FilterField label={t('openAssignments.filters.city')} className="filter-select">
        <MemberPicker
          className="filter-control"
          labelByCity
          aria-label={t('openAssignments.filters.city')}
          placeholder={t('openAssignments.filters.city')}
          provinceCode={value.provinceCode}
          value={value.memberId ?? undefined}
          onChange={(memberId) => onChange({ memberId: typeof memberId === 'string' ? memberId : null })}
        />
      </FilterField>
      <FilterField label={t('openAssignments.filters.due')} className="filter-range">
        <DatePicker.RangePicker
          className="filter-control"
          aria-label={t('openAssignments.filters.due')}
          placeholder={[t('openAssignments.filters.dueFrom'), t('openAssignments.filters.dueTo')]}
          value={range}
          inputReadOnly
          onChange={(dates) =>
            onChange({
              dueFrom: dates?.[0] ? dates[0].format('YYYY-MM-DD') : null,
              dueTo: dates?.[1] ? dates[1].format('YYYY-MM-DD') : null,
            })
          }
        />
      </FilterField>
    </div>
  );
}
