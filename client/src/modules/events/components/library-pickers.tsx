import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import { useDebouncedValue } from '@/modules/members/hooks/use-debounced-value';

export const MaterialPickerQuery = graphql(`
  query MaterialPicker($filter: ResourceFilter, $first: Int) {
    resources(filter: $filter, first: $first) {
      nodes {
        id
        title
      }
    }
  }
`);

export const TopicPickerQuery = graphql(`
  query TopicPicker($filter: TopicFilter, $first: Int) {
    topics(filter: $filter, first: $first) {
      nodes {
        id
        title
      }
    }
  }
`);

export interface PickedOption {
  value: string;
  label: string;
}

interface PickerProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Labels of values chosen before (a search only knows what it found). */
  knownOptions?: readonly PickedOption[];
  maxCount: number;
}

function merge(found: PickedOption[], known: readonly PickedOption[]): PickedOption[] {
  const ids = new Set(found.map((option) => option.value));
  return [...found, ...known.filter((option) => !ids.has(option.value))];
}

/** Library pieces (the CONTENT area) to attach as the event's materials, searched as one types. */
export function MaterialPicker({ knownOptions = [], maxCount, ...props }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(MaterialPickerQuery, {
    variables: { filter: { area: 'CONTENT', ...(settled ? { search: settled } : {}) }, first: LIMITS.page.defaultSize },
  });
  const options = useMemo(
    () => merge((data?.resources.nodes ?? []).map((node) => ({ value: node.id, label: node.title })), knownOptions),
    [data, knownOptions],
  );
  return (
    <Select
      {...props}
      mode="multiple"
      allowClear
      maxCount={maxCount}
      loading={loading}
      options={options}
      placeholder={t('events.form.materialsPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
    />
  );
}

/** Joint topics to link, searched as one types. */
export function TopicPicker({ knownOptions = [], maxCount, ...props }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(TopicPickerQuery, {
    variables: { filter: settled ? { search: settled } : {}, first: LIMITS.page.defaultSize },
  });
  const options = useMemo(
    () => merge((data?.topics.nodes ?? []).map((node) => ({ value: node.id, label: node.title })), knownOptions),
    [data, knownOptions],
  );
  return (
    <Select
      {...props}
      mode="multiple"
      allowClear
      maxCount={maxCount}
      loading={loading}
      options={options}
      placeholder={t('events.form.topicsPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
    />
  );
}
