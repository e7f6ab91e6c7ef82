import { useQuery } from '@apollo/client/react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { NeedsCard } from './needs-card';

export const SecretariatNeedsQuery = graphql(`
  query SecretariatNeeds {
    topics(filter: { states: [PROPOSED] }, first: 5) {
      totalCount
      totalCountCapped
      nodes {
        id
        title
        updatedAt
        proposer {
          id
          nameZh
          nameEn
        }
      }
    }
  }
`);

/** Proposals waiting for the secretariat's decision. */
export function SecretariatNeeds() {
  const { t } = useTranslation();
  const { pick, formatDate } = useLocalized();
  const { data, loading } = useQuery(SecretariatNeedsQuery, { fetchPolicy: 'cache-and-network' });
  const topics = data?.topics;
  return (
    <NeedsCard
      testId="proposals-waiting"
      title={t('homeNeeds.proposals')}
      count={topics?.totalCount ?? null}
      countCapped={topics?.totalCountCapped}
      loading={loading}
      empty={t('homeNeeds.proposalsNone')}
      more={{ to: '/topics?state=PROPOSED', label: t('homeNeeds.review') }}
    >
      <ul className="plain-list">
        {topics?.nodes.map((topic) => (
          <li key={topic.id} className="recent-row">
            <span>
              <Link to={`/topics/${topic.id}`}>{topic.title}</Link>{' '}
              <span className="muted">{pick(topic.proposer.nameZh, topic.proposer.nameEn)}</span>
            </span>
            <Tag>{formatDate(topic.updatedAt)}</Tag>
          </li>
        ))}
      </ul>
    </NeedsCard>
  );
}
