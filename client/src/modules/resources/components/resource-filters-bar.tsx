import { SearchOutlined } from '@ant-design/icons';
import { DatePicker, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterField } from '@/app/layout/filter-field';
import { EMBARGO_STATES, LIMITS, type EmbargoState } from '@yah/shared';
import { MemberPicker } from '@/modules/members/components/member-picker';
import { DebouncedInput } from '@/modules/topics/components/topic-filters';
import { useProvinceOptions } from '@/modules/topics/hooks/use-provinces';
import { pickerDate } from '@/app/time/alliance-time';
import type { ResourceListFilters } from '../resource-filters';

export interface ResourceFiltersBarProps {
  value: ResourceListFilters;
  onChange: (patch: Partial<ResourceListFilters>) => void;
  /** The library filters by theme, date and embargo too; the exchange by search, member and province. */
  library: boolean;
}

/** Search (Chinese, pinyin, English — matched on the server), member, province; for the library also theme, dates, embargo. */
export function ResourceFiltersBar({ value, onChange, library }: ResourceFiltersBarProps) {
  const { t } = useTranslation();
  const provinces = useProvinceOptions();

  return (
    <div className="filter-bar" role="search" aria-label={t('library.filters.label')}>
      <FilterField label={t('library.filters.search')} className="filter-search">
        <DebouncedInput
          allowClear
          type="search"
          className="filter-control"
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t(library ? 'library.filters.searchPlaceholder' : 'exchange.searchPlaceholder')}
          aria-label={t('library.filters.search')}
          maxLength={LIMITS.search.max}
          value={value.search}
          onCommit={(search) => onChange({ search })}
        />
      </FilterField>
      <FilterField label={t('library.filters.member')} className="filter-select">
        <MemberPicker
          className="filter-control"
          aria-label={t('library.filters.member')}
          placeholder={t('library.filters.member')}
          value={value.memberId ?? undefined}
          onChange={(memberId) => onChange({ memberId: typeof memberId === 'string' ? memberId : null })}
        />
      </FilterField>
      <FilterField label={t('library.filters.province')} className="filter-select">
        <Select
          allowClear
          className="filter-control"
          aria-label={t('library.filters.province')}
          placeholder={t('library.filters.province')}
          loading={provinces.loading}
          value={value.provinceCode ?? undefined}
          onChange={(code: string | undefined) => onChange({ provinceCode: code ?? null })}
          options={provinces.options}
        />
      </FilterField>
      {library && (
        <>
          <FilterField label={t('library.filters.theme')} className="filter-select">
            <DebouncedInput
              allowClear
              className="filter-control"
              placeholder={t('library.filters.theme')}
              aria-label={t('library.filters.theme')}
              maxLength={LIMITS.search.max}
              value={value.theme}
              onCommit={(theme) => onChange({ theme })}
            />
          </FilterField>
          <FilterField label={t('library.filters.dates')} className="filter-range">
            <DatePicker.RangePicker
              className="filter-control"
              aria-label={t('library.filters.dates')}
              placeholder={[t('library.filters.from'), t('library.filters.to')]}
              inputReadOnly
              allowEmpty={[true, true]}
              value={[value.from ? pickerDate(value.from) : null, value.to ? pickerDate(value.to) : null]}
              onChange={(range) =>
                onChange({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })
              }
            />
          </FilterField>
          <FilterField label={t('library.filters.embargo')} className="filter-select">
            <Select
              allowClear
              className="filter-control"
              aria-label={t('library.filters.embargo')}
              placeholder={t('library.filters.embargo')}
              value={value.embargo ?? undefined}
              onChange={(embargo: EmbargoState | undefined) => onChange({ embargo: embargo ?? null })}
              options={EMBARGO_STATES.map((state) => ({ value: state, label: t(`enums.embargoState.${state}`) }))}
            />
          </FilterField>
        </>
      )}
    </div>
  );
}
