import { Button, Card, Empty, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';

export interface ResourceListProps<Node> {
  connection: { totalCount: number; totalCountCapped?: boolean; nodes: readonly Node[]; pageInfo: { hasNextPage: boolean } } | undefined;
  /** A first load or a new filter (not "load more"). */
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  filtered: boolean;
  empty: string;
  emptyFiltered: string;
  onRetry: () => void;
  onLoadMore: () => void;
  onClearFilters: () => void;
  renderNode: (node: Node) => ReactNode;
}

/** A paginated list of resources: skeleton, error with retry, empty (with "clear filters"), cards, "load more". */
export function ResourceList<Node>({
  connection,
  loading,
  loadingMore,
  error,
  filtered,
  empty,
  emptyFiltered,
  onRetry,
  onLoadMore,
  onClearFilters,
  renderNode,
}: ResourceListProps<Node>) {
  const { t } = useTranslation();
  const { formatTotal } = useLocalized();

  let body: ReactNode;
  if (!connection && error) body = <LoadErrorAlert error={error} onRetry={onRetry} />;
  else if (!connection || loading) {
    body = (
      <div className="topic-grid" aria-hidden>
        {Array.from({ length: 4 }, (_, index) => (
          <Card size="small" key={index}>
            <Skeleton active paragraph={{ rows: 3 }} />
          </Card>
        ))}
      </div>
    );
  } else if (connection.nodes.length === 0) {
    body = (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? emptyFiltered : empty}>
        {filtered && <Button onClick={onClearFilters}>{t('members.clearFilters')}</Button>}
      </Empty>
    );
  } else {
    body = (
      <>
        <div className="topic-grid">{connection.nodes.map(renderNode)}</div>
        <div className="list-footer">
          <Typography.Paragraph type="secondary">
            {t('common.showing', { shown: connection.nodes.length, total: formatTotal(connection) })}
          </Typography.Paragraph>
          {connection.pageInfo.hasNextPage && (
            <Button loading={loadingMore} onClick={onLoadMore}>
              {t('common.loadMore')}
            </Button>
          )}
          {error !== undefined && !loadingMore && (
            <Typography.Paragraph type="danger" role="alert">
              {errorMessage(error, t)}
            </Typography.Paragraph>
          )}
        </div>
      </>
    );
  }

  return (
    <div aria-live="polite" aria-busy={loading}>
      {connection && !loading && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {t('library.total', { n: formatTotal(connection) })}
        </Typography.Paragraph>
      )}
      {body}
    </div>
  );
}
