import { skipToken, useQuery } from '@apollo/client/react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '@/__generated__';
import type { Viewer } from '@/app/auth/viewer';
import { useLocalized } from '@/app/i18n/use-localized';
import { useRequestCounts } from '@/modules/resources/hooks/use-request-counts';
import { NeedsCard } from './needs-card';

export const RequestNeedsQuery = graphql(`
  query RequestNeeds {
    resourceRequests(filter: { direction: INCOMING, states: [PENDING, APPROVED] }, first: 5) {
      totalCount
      nodes {
        id
        state
        createdAt
        resource {
          id
          title
        }
        requester {
          id
          nameZh
          nameEn
        }
      }
    }
  }
`);

/** For whoever decides their member's resource requests (the chief editor, or an editor they delegated): what waits. */
export function RequestNeeds({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { pick, formatDate } = useLocalized();
  const counts = useRequestCounts(viewer.role);
  const decides = counts?.decides ?? false;
  const { data, loading } = useQuery(RequestNeedsQuery, decides ? { fetchPolicy: 'cache-and-network' } : skipToken);
  if (!decides) return null;
  return (
    <NeedsCard
      testId="requests-waiting"
      title={t('homeNeeds.requests')}
      count={data?.resourceRequests.totalCount ?? null}
      loading={loading}
      empty={t('homeNeeds.requestsNone')}
      more={{ to: '/requests?tab=incoming', label: t('homeNeeds.openRequests') }}
    >
      <ul className="plain-list">
        {data?.resourceRequests.nodes.map((request) => (
          <li key={request.id} className="recent-row">
            <span>
              <Link to={`/requests?tab=incoming#request-${request.id}`}>{request.resource.title}</Link>{' '}
              <span className="muted">{pick(request.requester.nameZh, request.requester.nameEn)}</span>
            </span>
            <Tag>
              {t(`enums.resourceRequestState.${request.state}`)} · {formatDate(request.createdAt)}
            </Tag>
          </li>
        ))}
      </ul>
    </NeedsCard>
  );
}
