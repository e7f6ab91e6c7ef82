import { NetworkStatus } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { Badge, Button, Collapse, Empty, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LIMITS, type ClaimState } from '@yah/shared';
import { graphql } from '@/__generated__';
import type { MyWorkQuery as MyWorkData } from '@/__generated__/graphql';
import { useViewer } from '@/app/auth/viewer';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { LinkButton } from '@/app/layout/link-button';
import { MyClaimCard } from '../components/my-claim-card';
import { ReviewCountQuery, ReviewQueue } from '../components/review-queue';

export const MyWorkQuery = graphql(`
  query MyWork($first: Int, $after: String) {
    myClaims(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        state
        assignment {
          id
          dueAt
        }
        ...MyClaimCard_claim
      }
    }
  }
`);

type MyClaim = MyWorkData['myClaims']['nodes'][number];

/** Groups in the order they need the reporter: offers to answer first, then sent back, then to write, waiting, done; history last. */
export type ClaimGroupKey = 'offered' | 'changesRequested' | 'claimed' | 'submitted' | 'accepted' | 'closed';

export const CLAIM_GROUPS: readonly { key: ClaimGroupKey; states: readonly ClaimState[]; history?: boolean }[] = [
  { key: 'offered', states: ['OFFERED'] },
  { key: 'changesRequested', states: ['CHANGES_REQUESTED'] },
  { key: 'claimed', states: ['CLAIMED'] },
  { key: 'submitted', states: ['SUBMITTED'] },
  { key: 'accepted', states: ['ACCEPTED'] },
  { key: 'closed', states: ['RELEASED', 'CANCELLED', 'DECLINED', 'WITHDRAWN'], history: true },
];

export function groupClaims(claims: readonly MyClaim[]): { key: ClaimGroupKey; claims: MyClaim[]; history: boolean }[] {
  return CLAIM_GROUPS.map((group) => ({
    key: group.key,
    history: group.history ?? false,
    claims: claims
      .filter((claim) => group.states.includes(claim.state))
      .sort((a, b) => a.assignment.dueAt.localeCompare(b.assignment.dueAt)),
  }));
}

function MyClaims() {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(MyWorkQuery, {
    variables: { first: LIMITS.page.maxSize },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.myClaims;

  if (!connection && error) return <LoadErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!connection) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (connection.nodes.length === 0) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('myWork.empty')}>
        <LinkButton type="primary" to="/assignments">
          {t('myWork.findAssignments')}
        </LinkButton>
      </Empty>
    );
  }

  const groups = groupClaims(connection.nodes);
  const refresh = () => void refetch();
  const current = groups.filter((group) => !group.history && group.claims.length > 0);
  const history = groups.filter((group) => group.history && group.claims.length > 0);

  return (
    <div className="stack">
      {current.map((group) => (
        <section key={group.key} aria-label={t(`myWork.groups.${group.key}`)} data-testid={`claims-${group.key}`}>
          <h2 className="section-title">
            {t(`myWork.groups.${group.key}`)} <Badge count={group.claims.length} color="#5b6577" />
          </h2>
          <div className="claim-grid">
            {group.claims.map((claim) => (
              <MyClaimCard key={claim.id} claim={claim} onChanged={refresh} />
            ))}
          </div>
        </section>
      ))}
      {history.length > 0 && (
        <Collapse
          ghost
          items={history.map((group) => ({
            key: group.key,
            label: `${t(`myWork.groups.${group.key}`)}（${group.claims.length}）`,
            children: (
              <div className="claim-grid">
                {group.claims.map((claim) => (
                  <MyClaimCard key={claim.id} claim={claim} onChanged={refresh} />
                ))}
              </div>
            ),
          }))}
        />
      )}
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
    </div>
  );
}

/** `/my-work` — my claims by state, soonest due first; for editors first the review queue (claims at `?tab=claims`). */
export function MyWorkPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const reviews = viewer.role === 'EDITOR' || viewer.role === 'CHIEF_EDITOR';
  const reviewCount = useQuery(ReviewCountQuery, reviews ? { fetchPolicy: 'cache-and-network' } : skipToken);
  const tab = reviews && params.get('tab') !== 'claims' ? 'review' : 'claims';

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('myWork.title')}
          </Typography.Title>
          <div className="page-header-sub">{reviews ? t('myWork.subtitleEditor') : t('myWork.subtitle')}</div>
        </div>
      </div>
      {reviews ? (
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'review' ? {} : { tab: key }, { replace: true })}
          items={[
            {
              key: 'review',
              label: (
                <span>
                  {t('myWork.tabs.review')}{' '}
                  <Badge count={reviewCount.data?.reviewQueue.totalCount ?? 0} size="small" />
                </span>
              ),
              children: <ReviewQueue />,
            },
            { key: 'claims', label: t('myWork.tabs.claims'), children: <MyClaims /> },
          ]}
        />
      ) : (
        <MyClaims />
      )}
    </div>
  );
}
