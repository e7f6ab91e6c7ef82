import { CalendarOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { TopicProgress } from './topic-progress';
import { TopicStateTag } from './topic-state-tag';

export const TopicCardFragment = graphql(`
  fragment TopicCard_topic on Topic {
    id
    title
    state
    themes
    windowStart
    windowEnd
    proposer {
      id
      nameZh
      nameEn
    }
    coSponsors {
      status
      member {
        id
        nameZh
        nameEn
      }
    }
    ...TopicProgress_topic
  }
`);

/** One topic on the board: title, state, who proposes and co-sponsors, when, and how far its assignments are. */
export function TopicCard({ topic: ref }: { topic: FragmentType<typeof TopicCardFragment> }) {
  const { t } = useTranslation();
  const { pick, formatDate } = useLocalized();
  const topic = getFragmentData(TopicCardFragment, ref);
  const joined = topic.coSponsors.filter((coSponsor) => coSponsor.status === 'JOINED');

  return (
    <Card size="small" data-testid="topic-card" className="topic-card">
      <div className="topic-card-head">
        <Typography.Title level={3} className="topic-card-title">
          <Link to={`/topics/${topic.id}`}>{topic.title}</Link>
        </Typography.Title>
        <TopicStateTag state={topic.state} />
      </div>
      <div className="member-item-meta">
        {t('topics.proposedBy', { member: pick(topic.proposer.nameZh, topic.proposer.nameEn) })}
      </div>
      {joined.length > 0 && (
        <div className="member-item-meta">
          <TeamOutlined aria-hidden />{' '}
          {t('topics.coSponsoredBy', {
            members: joined.map((coSponsor) => pick(coSponsor.member.nameZh, coSponsor.member.nameEn)).join('、'),
          })}
        </div>
      )}
      <Space size={[12, 4]} wrap className="member-item-meta" style={{ marginTop: 4 }}>
        <span>
          <CalendarOutlined aria-hidden />{' '}
          {t('topics.window', { start: formatDate(topic.windowStart), end: formatDate(topic.windowEnd) })}
        </span>
      </Space>
      {topic.themes.length > 0 && (
        <div className="member-item-row">
          {topic.themes.map((theme) => (
            <Tag key={theme} variant="filled">
              {theme}
            </Tag>
          ))}
        </div>
      )}
      <div style={{ marginTop: 8 }}>
        <TopicProgress topic={topic} />
      </div>
    </Card>
  );
}
