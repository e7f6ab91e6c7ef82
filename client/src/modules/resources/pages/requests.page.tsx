import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Empty, Select, Skeleton, Tabs, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { LIMITS, RESOURCE_REQUEST_STATES, type ResourceRequestState } from '@yah/shared';
import { graphql } from '@/__generated__';
import type { RequestDirection } from '@/__generated__/graphql';
import { useViewer } from '@/app/auth/viewer';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { LinkButton } from '@/app/layout/link-button';
import { RequestItem } from '../components/request-item';
import { useRequestCounts } from '../hooks/use-request-counts';

export const ResourceRequestsQuery = graphql(`
  query ResourceRequests($filter: ResourceRequestFilter!, $first: Int, $after: String) {
    resourceRequests(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...RequestItem_request
      }
    }
  }
`);

function isState(value: string | null): value is ResourceRequestState {
  return value !== null && (RESOURCE_REQUEST_STATES as readonly string[]).includes(value);
}

/** Brings a request linked from a notification (`#request-<id>`) into view once the list shows it. */
function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash.startsWith('#request-')) return;
    document.getElementById(hash.slice(1))?.scrollIntoView?.({ block: 'center' });
  }, [ready, hash]);
}

interface RequestListProps {
  direction: RequestDirection;
  state: ResourceRequestState | null;
  onStateChange: (state: ResourceRequestState | null) => void;
}

/** One side's requests, newest first, with the state filter above them (kept visible while loading or empty). */
function RequestList({ direction, state, onStateChange }: RequestListProps) {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(ResourceRequestsQuery, {
    variables: { filter: { direction, states: state ? [state] : null }, first: LIMITS.page.defaultSize },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.resourceRequests;
  useScrollToHash(connection !== undefined);

  const toolbar = (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'space-between' }}>
      <Typography.Text type="secondary">
        {connection ? t('requests.total', { count: connection.totalCount }) : null}
      </Typography.Text>
      <Select<ResourceRequestState>
        allowClear
        aria-label={t('requests.stateFilter')}
        placeholder={t('requests.allStates')}
        value={state ?? undefined}
        onChange={(value) => onStateChange(value ?? null)}
        options={RESOURCE_REQUEST_STATES.map((value) => ({ value, label: t(`enums.resourceRequestState.${value}`) }))}
        style={{ minWidth: 140 }}
        data-testid="request-state-filter"
      />
    </div>
  );

  let body: ReactNode;
  if (!connection) {
    body = error ? <LoadErrorAlert error={error} onRetry={() => void refetch()} /> : <Skeleton active paragraph={{ rows: 5 }} />;
  } else if (connection.nodes.length === 0) {
    body = state ? (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('requests.emptyFiltered')} />
    ) : (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t(direction === 'INCOMING' ? 'requests.emptyIncoming' : 'requests.emptyOutgoing')}
      >
        {direction === 'OUTGOING' && <LinkButton to="/resources">{t('requests.browseResources')}</LinkButton>}
      </Empty>
    );
  } else {
    body = (
      <>
        {connection.nodes.map((request) => (
          <RequestItem key={request.id} request={request} direction={direction} />
        ))}
        {connection.pageInfo.hasNextPage && (
          <div className="list-footer">
            <Button
              loading={networkStatus === NetworkStatus.fetchMore}
              onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
            >
              {t('common.loadMore')}
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <div className="stack" style={{ gap: 12 }}>
      {toolbar}
      {body}
    </div>
  );
}

/** `/requests` — requests for my member's resources (收到的) and my member's own requests (发出的), with badge counts. */
export function RequestsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const counts = useRequestCounts(viewer.role);
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const stateParam = params.get('state');
  const state = isState(stateParam) ? stateParam : null;
  // Those who decide start with what waits for them (a chief editor always decides; a delegate is known once the
  // counts are in); everyone else with their member's own requests.
  const decides = counts?.decides ?? viewer.role === 'CHIEF_EDITOR';
  const direction: RequestDirection =
    tabParam === 'incoming' ? 'INCOMING' : tabParam === 'outgoing' ? 'OUTGOING' : decides ? 'INCOMING' : 'OUTGOING';

  const setFilter = (next: { tab?: string; state?: ResourceRequestState | null }) => {
    const tab = next.tab ?? (direction === 'INCOMING' ? 'incoming' : 'outgoing');
    const nextState = next.state === undefined ? state : next.state;
    setParams(nextState ? { tab, state: nextState } : { tab }, { replace: true });
  };

  const onStateChange = (next: ResourceRequestState | null) => setFilter({ state: next });

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('requests.title')}
          </Typography.Title>
          <div className="page-header-sub">{t('requests.subtitle')}</div>
        </div>
      </div>
      <Tabs
        activeKey={direction}
        onChange={(key) => setFilter({ tab: key === 'INCOMING' ? 'incoming' : 'outgoing' })}
        destroyOnHidden
        items={[
          {
            key: 'INCOMING',
            label: (
              <span>
                {t('requests.tabs.incoming')} <Badge count={counts?.incoming ?? 0} size="small" />
              </span>
            ),
            children: <RequestList direction="INCOMING" state={state} onStateChange={onStateChange} />,
          },
          {
            key: 'OUTGOING',
            label: (
              <span>
                {t('requests.tabs.outgoing')} <Badge count={counts?.outgoingOpen ?? 0} size="small" color="#5b6577" />
              </span>
            ),
            children: <RequestList direction="OUTGOING" state={state} onStateChange={onStateChange} />,
          },
        ]}
      />
    </div>
  );
}
