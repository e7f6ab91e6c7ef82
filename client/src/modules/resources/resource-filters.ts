import { EMBARGO_STATES, type EmbargoState, type ResourceArea } from '@yah/shared';
import type { ResourceFilter } from '@/__generated__/graphql';

/** What the library and the exchange filter by, as kept in the URL. */
export interface ResourceListFilters {
  search: string;
  memberId: string | null;
  provinceCode: string | null;
  theme: string;
  /** Inclusive calendar dates (YYYY-MM-DD), alliance time. */
  from: string | null;
  to: string | null;
  embargo: EmbargoState | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isEmbargoState(value: string | null): value is EmbargoState {
  return value !== null && (EMBARGO_STATES as readonly string[]).includes(value);
}

export function readResourceFilters(params: URLSearchParams): ResourceListFilters {
  const from = params.get('from');
  const to = params.get('to');
  const embargo = params.get('embargo');
  return {
    search: params.get('q') ?? '',
    memberId: params.get('member'),
    provinceCode: params.get('province'),
    theme: params.get('theme') ?? '',
    from: from && DATE.test(from) ? from : null,
    to: to && DATE.test(to) ? to : null,
    embargo: isEmbargoState(embargo) ? embargo : null,
  };
}

/** The URL for a set of filters (`extra` keeps params the page owns, e.g. the exchange's tab). */
export function writeResourceFilters(filters: ResourceListFilters, extra: Record<string, string> = {}): URLSearchParams {
  const query = new URLSearchParams(extra);
  if (filters.search) query.set('q', filters.search);
  if (filters.memberId) query.set('member', filters.memberId);
  if (filters.provinceCode) query.set('province', filters.provinceCode);
  if (filters.theme) query.set('theme', filters.theme);
  if (filters.from) query.set('from', filters.from);
  if (filters.to) query.set('to', filters.to);
  if (filters.embargo) query.set('embargo', filters.embargo);
  return query;
}

/** Whether anything narrows the list (the empty state then offers to clear the filters). */
export function isFiltered(filters: ResourceListFilters): boolean {
  return writeResourceFilters(filters).size > 0;
}

/** The GraphQL filter: only what is set, so equal filters share one cache entry. */
export function toResourceFilter(area: ResourceArea, filters: ResourceListFilters): ResourceFilter {
  const filter: ResourceFilter = { area };
  if (filters.search) filter.search = filters.search;
  if (filters.memberId) filter.memberId = filters.memberId;
  if (filters.provinceCode) filter.provinceCode = filters.provinceCode;
  if (filters.theme) filter.theme = filters.theme;
  if (filters.from) filter.from = filters.from;
  if (filters.to) filter.to = filters.to;
  if (filters.embargo) filter.embargo = filters.embargo;
  return filter;
}
