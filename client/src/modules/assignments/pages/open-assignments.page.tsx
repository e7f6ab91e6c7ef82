import { NetworkStatus } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ASSIGNMENT_FORMATS, LIMITS, type AssignmentFormat } from '@yah/shared';
import { graphql } from '@/__generated__';
import type { OpenAssignmentFilter } from '@/__generated__/graphql';
import { useViewer } from '@/app/auth/viewer';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { allianceDaysRange } from '@/app/time/alliance-time';
import { OpenAssignmentFilters, type OpenAssignmentFilterValues } from '../components/open-assignment-filters';
import { OpenAssignmentItem } from '../components/open-assignment-item';

export const OpenAssignmentsQuery = graphql(`
  query OpenAssignments($filter: OpenAssignmentFilter, $first: Int, $after: String) {
    openAssignments(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...OpenAssignmentItem_assignment
      }
    }
  }
`);

export const OpenAssignmentsChangedSubscription = graphql(`
  subscription OpenAssignmentsChanged {
    openAssignmentsChanged {
      id
      openSlots
      viewerCanClaim
      myClaim {
        id
        state
      }
    }
  }
`);

export const OPEN_ASSIGNMENTS_PAGE_SIZE = LIMITS.page.defaultSize;

function isFormat(value: string | null): value is AssignmentFormat {
  return value !== null && (ASSIGNMENT_FORMATS as readonly string[]).includes(value);
}

function readFilters(params: URLSearchParams): OpenAssignmentFilterValues {
  const format = params.get('format');
  return {
    format: isFormat(format) ? format : null,
    provinceCode: params.get('province'),
    memberId: params.get('member'),
    dueFrom: params.get('from'),
    dueTo: params.get('to'),
  };
}

/** The GraphQL filter (dates as the whole alliance days the person chose, 00:00 北京时间 to the end of the last). */
export function toOpenAssignmentFilter(values: OpenAssignmentFilterValues): OpenAssignmentFilter | null {
  const filter: OpenAssignmentFilter = {};
  if (values.format) filter.format = values.format;
  if (values.provinceCode) filter.provinceCode = values.provinceCode;
  if (values.memberId) filter.locationMemberId = values.memberId;
  if (values.dueFrom) filter.dueAfter = allianceDaysRange(values.dueFrom, values.dueFrom).from;
  if (values.dueTo) filter.dueBefore = new Date(new Date(allianceDaysRange(values.dueTo, values.dueTo).to).getTime() - 1).toISOString();
  return Object.keys(filter).length > 0 ? filter : null;
}

/** `/assignments` — open assignments across the alliance, nearest first, one-click claim. Live slot counts. */
export function OpenAssignmentsPage() {
  const { t } = useTranslation();
  const { formatTotal } = useLocalized();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const filter = toOpenAssignmentFilter(filters);

  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(OpenAssignmentsQuery, {
    variables: { filter, first: OPEN_ASSIGNMENTS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.openAssignments;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  // The changed assignment lands in the cache by id (its open slots update in place); a new one means a refetch.
  useSubscription(OpenAssignmentsChangedSubscription, {
    onData: ({ data: event }) => {
      const changed = event.data?.openAssignmentsChanged;
      if (changed && connection && !connection.nodes.some((node) => node.id === changed.id)) void refetch();
    },
    onError: () => undefined,
  });

  const update = (patch: Partial<OpenAssignmentFilterValues>) => {
    const next = { ...filters, ...patch };
    const query = new URLSearchParams();
    if (next.format) query.set('format', next.format);
    if (next.provinceCode) query.set('province', next.provinceCode);
    if (next.memberId) query.set('member', next.memberId);
    if (next.dueFrom) query.set('from', next.dueFrom);
    if (next.dueTo) query.set('to', next.dueTo);
    setParams(query);
  };

  let body;
  if (!connection && error) {
    body = (
      <Alert
        type="error"
        showIcon
        title={t('openAssignments.loadError')}
        description={errorMessage(error, t)}
        action={
          <Button size="small" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!connection || (loading && !loadingMore && connection.nodes.length === 0)) {
    body = (
      <div className="stack" aria-hidden>
        {Array.from({ length: 3 }, (_, index) => (
          <Card size="small" key={index}>
            <Skeleton active paragraph={{ rows: 2 }} />
          </Card>
        ))}
      </div>
    );
  } else if (connection.nodes.length === 0) {
    body = (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filter ? t('openAssignments.emptyFiltered') : t('openAssignments.empty')}>
        {filter && <Button onClick={() => setParams(new URLSearchParams())}>{t('members.clearFilters')}</Button>}
      </Empty>
    );
  } else {
    body = (
      <>
        <div className="stack open-assignment-list" style={{ gap: 12 }}>
          {connection.nodes.map((assignment) => (
            <OpenAssignmentItem key={assignment.id} assignment={assignment} onChanged={() => void refetch()} />
          ))}
        </div>
        <div className="list-footer">
          <Typography.Paragraph type="secondary">
            {t('common.showing', { shown: connection.nodes.length, total: formatTotal(connection) })}
          </Typography.Paragraph>
          {connection.pageInfo.hasNextPage && (
            <Button loading={loadingMore} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
              {t('common.loadMore')}
            </Button>
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
            {t('openAssignments.title')}
          </Typography.Title>
          <div className="page-header-sub">
            {viewer.role === 'REPORTER' ? t('openAssignments.subtitleReporter') : t('openAssignments.subtitle')}
          </div>
        </div>
      </div>
      <OpenAssignmentFilters value={filters} onChange={update} />
      <div aria-live="polite" aria-busy={loading}>
        {connection && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
            {t('openAssignments.total', { count: connection.totalCount, total: formatTotal(connection) })}
          </Typography.Paragraph>
        )}
        {body}
      </div>
    </div>
  );
}
