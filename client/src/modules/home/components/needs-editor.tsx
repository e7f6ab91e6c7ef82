import { useQuery } from '@apollo/client/react';
import { Col, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { NeedsCard } from './needs-card';

export const EditorNeedsQuery = graphql(`
  query EditorNeeds {
    reviewQueue(first: 5) {
      totalCount
      nodes {
        id
        submittedAt
        reporter {
          id
          displayName
        }
        assignment {
          id
          title
          topic {
            id
          }
        }
      }
    }
    topics(filter: { states: [DRAFT], mine: true }, first: 5) {
      totalCount
      totalCountCapped
      nodes {
        id
        title
        updatedAt
      }
    }
  }
`);

/** Submissions to review, and the member's drafts not yet proposed. */
export function EditorNeeds() {
  const { t } = useTranslation();
  const { formatDate } = useLocalized();
  const { data, loading } = useQuery(EditorNeedsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12}>
        <NeedsCard
          testId="reviews-waiting"
          title={t('homeNeeds.reviews')}
          count={data?.reviewQueue.totalCount ?? null}
          loading={loading}
          empty={t('homeNeeds.reviewsNone')}
          more={{ to: '/my-work', label: t('homeNeeds.openQueue') }}
        >
          <ul className="plain-list">
            {data?.reviewQueue.nodes.map((claim) => (
              <li key={claim.id} className="recent-row">
                <span>
                  <Link to={`/topics/${claim.assignment.topic.id}#assignment-${claim.assignment.id}`}>{claim.assignment.title}</Link>{' '}
                  <span className="muted">{claim.reporter.displayName}</span>
                </span>
                {claim.submittedAt && <Tag>{formatDate(claim.submittedAt)}</Tag>}
              </li>
            ))}
          </ul>
        </NeedsCard>
      </Col>
      <Col xs={24} md={12}>
        <NeedsCard
          testId="member-drafts"
          title={t('homeNeeds.drafts')}
          count={data?.topics.totalCount ?? null}
          countCapped={data?.topics.totalCountCapped}
          loading={loading}
          empty={t('homeNeeds.draftsNone')}
          more={{ to: '/topics?state=DRAFT&mine=1', label: t('homeNeeds.allDrafts') }}
        >
          <ul className="plain-list">
            {data?.topics.nodes.map((topic) => (
              <li key={topic.id} className="recent-row">
                <Link to={`/topics/${topic.id}`}>{topic.title}</Link>
                <Tag>{formatDate(topic.updatedAt)}</Tag>
              </li>
            ))}
          </ul>
        </NeedsCard>
      </Col>
    </Row>
  );
}
