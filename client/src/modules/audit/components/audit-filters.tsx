import { useQuery } from '@apollo/client/react';
import { DatePicker, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterField } from '@/app/layout/filter-field';
import { AUDIT_ENTITY_TYPES, type AuditEntityType } from '@yah/shared';
import { graphql } from '@/__generated__';
import { MemberPicker } from '@/modules/members/components/member-picker';
import { pickerDate } from '@/app/time/alliance-time';
import type { AuditFilterValues } from '../audit-filter';

export const AuditLogPeopleQuery = graphql(`
  query AuditLogPeople($memberId: ID!) {
    memberAccounts(memberId: $memberId, first: 100) {
      nodes {
        id
        displayName
      }
    }
  }
`);

export interface AuditFiltersProps {
  value: AuditFilterValues;
  onChange: (patch: Partial<AuditFilterValues>) => void;
}

/** Member, then a person of it; kinds of entity; alliance calendar days (北京时间). */
export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const people = useQuery(AuditLogPeopleQuery, {
    variables: { memberId: value.memberId ?? '' },
    skip: !value.memberId,
  });
  return (
    <div className="filter-bar" role="search" aria-label={t('audit.filters.label')}>
      <FilterField label={t('audit.filters.member')} className="filter-select">
        <MemberPicker
          className="filter-control"
          aria-label={t('audit.filters.member')}
          placeholder={t('audit.filters.member')}
          value={value.memberId ?? undefined}
          onChange={(memberId) => onChange({ memberId: typeof memberId === 'string' ? memberId : null, actorId: null })}
        />
      </FilterField>
      <FilterField label={t('audit.filters.person')} className="filter-select">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          className="filter-control"
          aria-label={t('audit.filters.person')}
          placeholder={value.memberId ? t('audit.filters.person') : t('audit.filters.personHint')}
          disabled={!value.memberId}
          loading={people.loading}
          value={value.actorId ?? undefined}
          onChange={(actorId: string | undefined) => onChange({ actorId: actorId ?? null })}
          options={(people.data?.memberAccounts.nodes ?? []).map((person) => ({ value: person.id, label: person.displayName }))}
        />
      </FilterField>
      <FilterField label={t('audit.filters.kind')} className="filter-select">
        <Select<AuditEntityType[]>
          allowClear
          mode="multiple"
          maxTagCount="responsive"
          className="filter-control"
          aria-label={t('audit.filters.kind')}
          placeholder={t('audit.filters.kind')}
          value={value.entityTypes}
          onChange={(entityTypes) => onChange({ entityTypes })}
          options={AUDIT_ENTITY_TYPES.map((kind) => ({ value: kind, label: t(`audit.kinds.${kind}`) }))}
        />
      </FilterField>
      <FilterField label={t('audit.filters.dates')} className="filter-range">
        <DatePicker.RangePicker
          className="filter-control"
          aria-label={t('audit.filters.dates')}
          placeholder={[t('audit.filters.from'), t('audit.filters.to')]}
          inputReadOnly
          allowEmpty={[true, true]}
          value={[value.from ? pickerDate(value.from) : null, value.to ? pickerDate(value.to) : null]}
          onChange={(range) => onChange({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })}
        />
      </FilterField>
    </div>
  );
}
