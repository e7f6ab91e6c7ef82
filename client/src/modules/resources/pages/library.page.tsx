import { AppstoreOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { LinkButton } from '@/app/layout/link-button';
import { LibraryItem } from '../components/library-item';
import { ResourceFiltersBar } from '../components/resource-filters-bar';
import { ResourceList } from '../components/resource-list';
import { ReuseRulesPanel } from '../components/reuse-rules-panel';
import { isLoadingMore, useResourceFilters } from '../hooks/use-resource-list';
import { toResourceFilter } from '../resource-filters';
import { canShareResources } from '../resource-permissions';
import '../resources.css';

export const LibraryPageQuery = graphql(`
  query LibraryPage($filter: ResourceFilter, $first: Int, $after: String) {
    resources(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...LibraryItem_resource
      }
    }
  }
`);

/** `/library?q=…&member=…&province=…&theme=…&from=…&to=…&embargo=…` — the content library (稿件库). */
export function LibraryPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { filters, filtered, update, clear } = useResourceFilters();
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(LibraryPageQuery, {
    variables: { filter: toResourceFilter('CONTENT', filters), first: LIMITS.page.defaultSize },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.resources;
  const loadingMore = isLoadingMore(networkStatus);

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('library.title')}
          </Typography.Title>
          <div className="page-header-sub">{t('library.subtitle')}</div>
        </div>
        <Space wrap>
          <LinkButton icon={<AppstoreOutlined aria-hidden />} to="/resources">
            {t('library.toExchange')}
          </LinkButton>
          {canShareResources(viewer.role) && (
            <LinkButton type="primary" icon={<PlusOutlined aria-hidden />} to="/resources/new?area=CONTENT">
              {t('library.offer')}
            </LinkButton>
          )}
        </Space>
      </div>
      <div style={{ marginBottom: 16 }}>
        <ReuseRulesPanel />
      </div>
      <ResourceFiltersBar value={filters} onChange={update} library />
      <ResourceList
        connection={connection}
        loading={!connection || (loading && !loadingMore)}
        loadingMore={loadingMore}
        error={error}
        filtered={filtered}
        empty={t('library.empty')}
        emptyFiltered={t('library.emptyFiltered')}
        onRetry={() => void refetch()}
        onLoadMore={() => void fetchMore({ variables: { after: connection?.pageInfo.endCursor } })}
        onClearFilters={clear}
        renderNode={(piece) => <LibraryItem key={piece.id} piece={piece} />}
      />
    </div>
  );
}
