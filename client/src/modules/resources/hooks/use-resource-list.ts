import { NetworkStatus } from '@apollo/client';
import { useSearchParams } from 'react-router';
import { isFiltered, readResourceFilters, writeResourceFilters, type ResourceListFilters } from '../resource-filters';

/**
 * The list filters kept in the URL (so a filtered view can be shared and survives a reload).
 * `pageParams` are the page's own params (e.g. the exchange's `area` tab): filtering keeps them.
 */
export function useResourceFilters(pageParams: readonly string[] = []) {
  const [params, setParams] = useSearchParams();
  const filters = readResourceFilters(params);
  const kept = () => {
    const own: Record<string, string> = {};
    for (const name of pageParams) {
      const value = params.get(name);
      if (value !== null) own[name] = value;
    }
    return own;
  };
  const update = (patch: Partial<ResourceListFilters>) => {
    // Typing in a search box replaces the history entry; choosing a filter adds one.
    setParams(writeResourceFilters({ ...filters, ...patch }, kept()), { replace: 'search' in patch || 'theme' in patch });
  };
  const clear = () => setParams(new URLSearchParams(kept()));
  const setPageParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setParams(next);
  };
  return { params, filters, filtered: isFiltered(filters), update, clear, setPageParam };
}

export function isLoadingMore(status: NetworkStatus): boolean {
  return status === NetworkStatus.fetchMore;
}
