import { useQuery } from '@apollo/client/react';
import { Select, type SelectProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isNewsroomMember, LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { useDebouncedValue } from '../hooks/use-debounced-value';

export const MemberPickerQuery = graphql(`
  query MemberPicker($search: String, $provinceCode: String, $first: Int) {
    members(search: $search, provinceCode: $provinceCode, first: $first) {
      nodes {
        id
        nameZh
        nameEn
        cityZh
        cityEn
        status
        allianceRole
      }
    }
  }
`);

export interface MemberOption {
  value: string;
  label: string;
}

type PickerValue = string | string[] | undefined;

export interface MemberPickerProps extends Omit<SelectProps<PickerValue, MemberOption>, 'options' | 'showSearch' | 'mode'> {
  multiple?: boolean;
  provinceCode?: string | null;
  /** Members not to offer (e.g. the proposer and current co-sponsors). */
  excludeIds?: readonly string[];
  /** Labels for values chosen before (the picker only knows the members its last search returned). */
  knownOptions?: readonly MemberOption[];
  /** Label the choice by city ("荆州") rather than by unit name. */
  labelByCity?: boolean;
}

/**
 * Searches the member directory as one types (Chinese, English, pinyin): one or several active member newsrooms
 * (the secretariat unit runs no outlet, hosts no work and co-sponsors nothing, so it is never offered).
 */
export function MemberPicker({
  multiple,
  provinceCode,
  excludeIds = [],
  knownOptions = [],
  labelByCity,
  ...props
}: MemberPickerProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(MemberPickerQuery, {
    variables: { search: settled || null, provinceCode: provinceCode ?? null, first: LIMITS.page.maxSize },
  });

  const options = useMemo(() => {
    const excluded = new Set(excludeIds);
    const found: MemberOption[] = (data?.members.nodes ?? [])
      .filter((member) => !excluded.has(member.id) && member.status === 'ACTIVE' && isNewsroomMember(member))
      .map((member) => {
        const name = pick(member.nameZh, member.nameEn);
        const city = pick(member.cityZh, member.cityEn);
        return { value: member.id, label: labelByCity ? `${city} · ${name}` : `${name}（${city}）` };
      });
    const ids = new Set(found.map((option) => option.value));
    return [...found, ...knownOptions.filter((option) => !ids.has(option.value))];
  }, [data, excludeIds, knownOptions, pick, labelByCity]);

  return (
    <Select<PickerValue, MemberOption>
      allowClear
      placeholder={t('memberPicker.placeholder')}
      notFoundContent={loading ? t('common.loading') : t('memberPicker.none')}
      {...props}
      mode={multiple ? 'multiple' : undefined}
      loading={loading}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
    />
  );
}
