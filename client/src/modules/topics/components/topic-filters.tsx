import { SearchOutlined } from '@ant-design/icons';
import { Input, Select, Switch } from 'antd';
import { useEffect, useEffectEvent, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterField } from '@/app/layout/filter-field';
import { LIMITS, TOPIC_STATES, type TopicState } from '@yah/shared';
import { useDebouncedValue } from '@/modules/members/hooks/use-debounced-value';
import { useProvinceOptions } from '../hooks/use-provinces';

export interface TopicBoardFilters {
  states: TopicState[];
  provinceCode: string | null;
  theme: string;
  mine: boolean;
  search: string;
}

export interface TopicFiltersProps {
  value: TopicBoardFilters;
  onChange: (patch: Partial<TopicBoardFilters>) => void;
  /** "My member's topics" only makes sense for people of a member that runs topics. */
  showMine: boolean;
}

/** A text box that reports its settled value (after typing stops) and follows outside changes. */
export function DebouncedInput({
  value,
  onCommit,
  ...props
}: { value: string; onCommit: (text: string) => void } & Omit<ComponentProps<typeof Input>, 'value' | 'onChange'>) {
  const [text, setText] = useState(value);
  const [followed, setFollowed] = useState(value);
  if (followed !== value) {
    setFollowed(value);
    setText(value);
  }
  const settled = useDebouncedValue(text.trim(), 300);
  const commit = useEffectEvent((next: string) => {
    if (next !== value) onCommit(next);
  });
  useEffect(() => commit(settled), [settled]);
  return <Input {...props} value={text} onChange={(event) => setText(event.target.value)} />;
}

/** State (several), province, theme, "my member's", and a search box (Chinese titles and briefs). */
export function TopicFilters({ value, onChange, showMine }: TopicFiltersProps) {
  const { t } = useTranslation();
  const provinces = useProvinceOptions();

  return (
    <div className="filter-bar" role="search" aria-label={t('topics.filters.label')}>
      <FilterField label={t('topics.filters.search')} className="filter-search">
        <DebouncedInput
          allowClear
          type="search"
          className="filter-control"
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t('topics.filters.searchPlaceholder')}
          aria-label={t('topics.filters.search')}
          maxLength={LIMITS.search.max}
          value={value.search}
          onCommit={(search) => onChange({ search })}
        />
      </FilterField>
      <FilterField label={t('topics.filters.states')} className="filter-states">
        <Select
          mode="multiple"
          allowClear
          className="filter-control"
          aria-label={t('topics.filters.states')}
          placeholder={t('topics.filters.states')}
          value={value.states}
          onChange={(states: TopicState[]) => onChange({ states })}
          options={TOPIC_STATES.map((state) => ({ value: state, label: t(`enums.topicState.${state}`) }))}
          maxTagCount="responsive"
        />
      </FilterField>
      <FilterField label={t('topics.filters.province')} className="filter-select">
        <Select
          allowClear
          className="filter-control"
          aria-label={t('topics.filters.province')}
          placeholder={t('topics.filters.province')}
          loading={provinces.loading}
          value={value.provinceCode ?? undefined}
          onChange={(code: string | undefined) => onChange({ provinceCode: code ?? null })}
          options={provinces.options}
        />
      </FilterField>
      <FilterField label={t('topics.filters.theme')} className="filter-select">
        <DebouncedInput
          allowClear
          className="filter-control"
          placeholder={t('topics.filters.theme')}
          aria-label={t('topics.filters.theme')}
          maxLength={LIMITS.search.max}
          value={value.theme}
          onCommit={(theme) => onChange({ theme })}
        />
      </FilterField>
      {showMine && (
        <label className="filter-switch">
          <Switch size="small" checked={value.mine} onChange={(mine) => onChange({ mine })} />
          <span>{t('topics.filters.mine')}</span>
        </label>
      )}
    </div>
  );
}
