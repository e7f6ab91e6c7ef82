import { BookOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIMITS, RESOURCE_AREAS, type ResourceArea } from '@yah/shared';
import { graphql } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { LinkButton } from '@/app/layout/link-button';
import { ResourceCard } from '../components/resource-card';
import { ResourceFiltersBar } from '../components/resource-filters-bar';
import { ResourceList } from '../components/resource-list';
import { isLoadingMore, useResourceFilters } from '../hooks/use-resource-list';
import { toResourceFilter } from '../resource-filters';
import { canShareResources } from '../resource-permissions';
import '../resources.css';

export const ExchangePageQuery = graphql(`
  query ExchangePage($filter: ResourceFilter, $first: Int, $after: String) {
    resources(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...ResourceCard_resource
      }
    }
  }
`);

/** The four areas besides content, in the charter's order; the library has its own page. */
export const EXCHANGE_AREAS = RESOURCE_AREAS.filter((area) => area !== 'CONTENT');

function readArea(value: string | null): Exclude<ResourceArea, 'CONTENT'> {
  return EXCHANGE_AREAS.find((area) => area === value) ?? 'PLATFORM';
}

/** `/resources?area=CHANNEL&q=…&member=…&province=…` — what members offer: platforms, channels, technical services, industry. */
export function ExchangePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { params, filters, filtered, update, clear, setPageParam } = useResourceFilters(['area']);
  const area = readArea(params.get('area'));
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(ExchangePageQuery, {
    variables: { filter: toResourceFilter(area, filters), first: LIMITS.page.defaultSize },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.resources;
  const loadingMore = isLoadingMore(networkStatus);

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('exchange.title')}
          </Typography.Title>
          <div className="page-header-sub">{t('exchange.subtitle')}</div>
        </div>
        <Space wrap>
          <LinkButton icon={<BookOutlined aria-hidden />} to="/library">
            {t('exchange.toLibrary')}
          </LinkButton>
          {canShareResources(viewer.role) && (
            <LinkButton type="primary" icon={<PlusOutlined aria-hidden />} to={`/resources/new?area=${area}`}>
              {t('exchange.offer')}
            </LinkButton>
          )}
        </Space>
      </div>
      <Tabs
        activeKey={area}
        onChange={(key) => setPageParam('area', key)}
        items={EXCHANGE_AREAS.map((key) => ({ key, label: t(`enums.resourceArea.${key}`) }))}
      />
      <ResourceFiltersBar value={filters} onChange={update} library={false} />
      <ResourceList
        connection={connection}
        loading={!connection || (loading && !loadingMore)}
        loadingMore={loadingMore}
        error={error}
        filtered={filtered}
        empty={t('exchange.empty', { area: t(`enums.resourceArea.${area}`) })}
        emptyFiltered={t('library.emptyFiltered')}
        onRetry={() => void refetch()}
        onLoadMore={() => void fetchMore({ variables: { after: connection?.pageInfo.endCursor } })}
        onClearFilters={clear}
        renderNode={(resource) => <ResourceCard key={resource.id} resource={resource} />}
      />
    </div>
  );
}
