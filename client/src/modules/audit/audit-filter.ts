import { AUDIT_ENTITY_TYPES, isCalendarDate, isUuid, type AuditEntityType } from '@yah/shared';

/** What the viewer narrowed the log to; kept in the address (`/audit?member=…&kind=topic&from=…`). */
export interface AuditFilterValues {
  memberId: string | null;
  actorId: string | null;
  entityTypes: AuditEntityType[];
  from: string | null;
  to: string | null;
}

const isKind = (value: string): value is AuditEntityType => (AUDIT_ENTITY_TYPES as readonly string[]).includes(value);
const id = (value: string | null) => (value !== null && isUuid(value) ? value : null);
const day = (value: string | null) => (value !== null && isCalendarDate(value) ? value : null);

/** Reads the filter from the address, dropping whatever is not well formed. */
export function readAuditFilter(params: URLSearchParams): AuditFilterValues {
  return {
    memberId: id(params.get('member')),
    actorId: id(params.get('person')),
    entityTypes: params.getAll('kind').filter(isKind),
    from: day(params.get('from')),
    to: day(params.get('to')),
  };
}

/** The filter as address parameters (only what is set). */
export function auditFilterParams(filter: AuditFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.memberId) params.set('member', filter.memberId);
  if (filter.actorId) params.set('person', filter.actorId);
  for (const kind of filter.entityTypes) params.append('kind', kind);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  return params;
}

/** The CSV export's address for the same filter (the server reads entityTypes comma separated). */
export function auditExportHref(filter: AuditFilterValues): string {
  const params = new URLSearchParams();
  if (filter.memberId) params.set('memberId', filter.memberId);
  if (filter.actorId) params.set('actorId', filter.actorId);
  if (filter.entityTypes.length) params.set('entityTypes', filter.entityTypes.join(','));
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  const query = params.toString();
  return `/exports/audit-log.csv${query ? `?${query}` : ''}`;
}
