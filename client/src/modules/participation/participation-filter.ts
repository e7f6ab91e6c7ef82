import { isUuid } from '@yah/shared';

/** What the dashboard shows, kept in the address: `/participation?period=<id>&province=<code>`. */
export interface ParticipationFilterValues {
  periodId: string | null;
  provinceCode: string | null;
}

const PROVINCE_CODE = /^\d{6}$/;

export function readParticipationFilter(params: URLSearchParams): ParticipationFilterValues {
  const period = params.get('period');
  const province = params.get('province');
  return {
    periodId: period !== null && isUuid(period) ? period : null,
    provinceCode: province !== null && PROVINCE_CODE.test(province) ? province : null,
  };
}

export function participationFilterParams(filter: ParticipationFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.periodId) params.set('period', filter.periodId);
  if (filter.provinceCode) params.set('province', filter.provinceCode);
  return params;
}

/** `/exports/participation.csv|.xlsx?period=…[&province=…][&member=…]`: plain links, the session cookie goes along. */
export function participationExportHref(
  format: 'csv' | 'xlsx',
  options: { periodId: string; provinceCode?: string | null; memberId?: string | null },
): string {
  const params = new URLSearchParams({ period: options.periodId });
  if (options.provinceCode) params.set('province', options.provinceCode);
  if (options.memberId) params.set('member', options.memberId);
  return `/exports/participation.${format}?${params.toString()}`;
}

/** The monthly report's address. */
export function monthlyReportHref(month: string): string {
  return `/participation/report?month=${month}`;
}
