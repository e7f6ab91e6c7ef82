import { SearchOutlined } from '@ant-design/icons';
import { DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EMBARGO_STATES, LIMITS, type EmbargoState } from '@yah/shared';
import { MemberPicker } from '@/modules/members/components/member-picker';
import { DebouncedInput } from '@/modules/topics/components/topic-filters';
import { useProvinceOptions } from '@/modules/topics/hooks/use-provinces';
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
      <DebouncedInput
        allowClear
        type="search"
        className="filter-search"
        prefix={<SearchOutlined aria-hidden />}
        placeholder={t(library ? 'library.filters.searchPlaceholder' : 'exchange.searchPlaceholder')}
        aria-label={t('library.filters.search')}
        maxLength={LIMITS.search.max}
        value={value.search}
        onCommit={(search) => onChange({ search })}
      />
      <MemberPicker
        className="filter-select"
        aria-label={t('library.filters.member')}
        placeholder={t('library.filters.member')}
        value={value.memberId ?? undefined}
        onChange={(memberId) => onChange({ memberId: typeof memberId === 'string' ? memberId : null })}
      />
      <Select
        allowClear
        className="filter-select"
        aria-label={t('library.filters.province')}
        placeholder={t('library.filters.province')}
        loading={provinces.loading}
        value={value.provinceCode ?? undefined}
        onChange={(code: string | undefined) => onChange({ provinceCode: code ?? null })}
        options={provinces.options}
      />
      {library && (
        <>
          <DebouncedInput
            allowClear
            className="filter-select"
            placeholder={t('library.filters.theme')}
            aria-label={t('library.filters.theme')}
            maxLength={LIMITS.search.max}
            value={value.theme}
            onCommit={(theme) => onChange({ theme })}
          />
          <DatePicker.RangePicker
            className="filter-range"
            aria-label={t('library.filters.dates')}
            placeholder={[t('library.filters.from'), t('library.filters.to')]}
            inputReadOnly
            allowEmpty={[true, true]}
            value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
            onChange={(range) =>
              onChange({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })
            }
          />
          <Select
            allowClear
            className="filter-select"
            aria-label={t('library.filters.embargo')}
            placeholder={t('library.filters.embargo')}
            value={value.embargo ?? undefined}
            onChange={(embargo: EmbargoState | undefined) => onChange({ embargo: embargo ?? null })}
            options={EMBARGO_STATES.map((state) => ({ value: state, label: t(`enums.embargoState.${state}`) }))}
          />
        </>
      )}
    </div>
  );
}
