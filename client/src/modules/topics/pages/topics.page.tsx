import { PlusOutlined } from '@ant-design/icons';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LIMITS, TOPIC_STATES, type TopicState } from '@yah/shared';
import { graphql } from '@/__generated__';
import type { TopicFilter } from '@/__generated__/graphql';
import { useViewer } from '@/app/auth/viewer';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { TopicCard } from '../components/topic-card';
import { TopicFilters, type TopicBoardFilters } from '../components/topic-filters';

export const TopicBoardQuery = graphql(`
  query TopicBoard($filter: TopicFilter, $first: Int, $after: String) {
    topics(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...TopicCard_topic
      }
    }
  }
`);

export const TOPIC_PAGE_SIZE = LIMITS.page.defaultSize;

function isTopicState(value: string): value is TopicState {
  return (TOPIC_STATES as readonly string[]).includes(value);
}

export function readBoardFilters(params: URLSearchParams): TopicBoardFilters {
  return {
    states: params.getAll('state').filter(isTopicState),
    provinceCode: params.get('province'),
    theme: params.get('theme') ?? '',
    mine: params.get('mine') === '1',
    search: params.get('q') ?? '',
  };
}

/** The GraphQL filter: only what is set, so equal filters share one cache entry. */
export function toTopicFilter(filters: TopicBoardFilters): TopicFilter | null {
  const filter: TopicFilter = {};
  if (filters.states.length > 0) filter.states = filters.states;
  if (filters.provinceCode) filter.provinceCode = filters.provinceCode;
  if (filters.theme) filter.theme = filters.theme;
  if (filters.mine) filter.mine = true;
  if (filters.search) filter.search = filters.search;
  return Object.keys(filter).length > 0 ? filter : null;
}

/** `/topics?state=PROPOSED&province=420000&theme=…&mine=1&q=…` — the alliance's joint topics. */
export function TopicsPage() {
  const { t } = useTranslation();
  const { formatTotal } = useLocalized();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = readBoardFilters(params);
  const canPropose = viewer.role === 'EDITOR' || viewer.role === 'CHIEF_EDITOR';

  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(TopicBoardQuery, {
    variables: { filter: toTopicFilter(filters), first: TOPIC_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.topics;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const filtered = toTopicFilter(filters) !== null;

  const update = (patch: Partial<TopicBoardFilters>) => {
    const next = { ...filters, ...patch };
    const query = new URLSearchParams();
    for (const state of next.states) query.append('state', state);
    if (next.provinceCode) query.set('province', next.provinceCode);
    if (next.theme) query.set('theme', next.theme);
    if (next.mine) query.set('mine', '1');
    if (next.search) query.set('q', next.search);
    setParams(query, { replace: 'search' in patch || 'theme' in patch });
  };

  let body;
  if (!connection && error) {
    body = (
      <Alert
        type="error"
        showIcon
        title={t('topics.loadError')}
        description={errorMessage(error, t)}
        action={
          <Button size="small" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!connection || (loading && !loadingMore)) {
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
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('topics.emptyFiltered') : t('topics.empty')}>
        {filtered && <Button onClick={() => setParams(new URLSearchParams())}>{t('members.clearFilters')}</Button>}
      </Empty>
    );
  } else {
    body = (
      <>
        <div className="topic-grid">
          {connection.nodes.map((topic) => (
            <TopicCard key={topic.id} topic={topic} />
          ))}
        </div>
        <div className="list-footer">
          <Typography.Paragraph type="secondary">
            {t('common.showing', { shown: connection.nodes.length, total: formatTotal(connection) })}
          </Typography.Paragraph>
          {connection.pageInfo.hasNextPage && (
            <Button
              loading={loadingMore}
              onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
            >
              {t('common.loadMore')}
            </Button>
          )}
          {error && !loadingMore && (
            <Typography.Paragraph type="danger" role="alert">
              {errorMessage(error, t)}
            </Typography.Paragraph>
          )}
        </div>
      </>
    );
  }

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('topics.title')}
          </Typography.Title>
          <div className="page-header-sub">{t('topics.subtitle')}</div>
        </div>
        {canPropose && (
          <LinkButton type="primary" icon={<PlusOutlined aria-hidden />} to="/topics/new">
            {t('topics.new')}
          </LinkButton>
        )}
      </div>
      <TopicFilters value={filters} onChange={update} showMine={viewer.role !== 'SECRETARIAT'} />
      <div aria-live="polite" aria-busy={loading}>
        {connection && !loading && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
            {t('topics.total', { count: connection.totalCount, total: formatTotal(connection) })}
          </Typography.Paragraph>
        )}
        {body}
      </div>
    </div>
  );
}
