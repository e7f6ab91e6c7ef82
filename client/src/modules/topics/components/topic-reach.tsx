import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { TopicProgress } from './topic-progress';

export const TopicReachFragment = graphql(`
  fragment TopicReach_topic on Topic {
    id
    reach {
      publications
      members
      views
      shares
      likes
    }
    ...TopicProgress_topic
  }
`);

/** How far the topic's pieces travelled: publications, outlets, views, shares, likes — summed by the server. */
export function TopicReach({ topic: ref }: { topic: FragmentType<typeof TopicReachFragment> }) {
  const { t } = useTranslation();
  const topic = getFragmentData(TopicReachFragment, ref);
  const { reach } = topic;
  return (
    <Card title={t('topicPage.reach.title')} size="small" data-testid="topic-reach">
      <div style={{ marginBottom: 12 }}>
        <TopicProgress topic={topic} />
      </div>
      <Row gutter={[12, 12]}>
        <Col xs={12} sm={8} lg={12} xl={8}>
          <Statistic title={t('topicPage.reach.publications')} value={reach.publications} />
        </Col>
        <Col xs={12} sm={8} lg={12} xl={8}>
          <Statistic title={t('topicPage.reach.members')} value={reach.members} />
        </Col>
        <Col xs={12} sm={8} lg={12} xl={8}>
          <Statistic title={t('topicPage.reach.views')} value={reach.views} />
        </Col>
        <Col xs={12} sm={8} lg={12} xl={8}>
          <Statistic title={t('topicPage.reach.shares')} value={reach.shares} />
        </Col>
        <Col xs={12} sm={8} lg={12} xl={8}>
          <Statistic title={t('topicPage.reach.likes')} value={reach.likes} />
        </Col>
      </Row>
    </Card>
  );
}
