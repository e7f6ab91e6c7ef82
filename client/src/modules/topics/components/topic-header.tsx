import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { TopicActions } from './topic-actions';
import { TopicStateTag } from './topic-state-tag';

export const TopicHeaderFragment = graphql(`
  fragment TopicHeader_topic on Topic {
    id
    title
    state
    rejectionReason
    cancelReason
    proposer {
      id
      nameZh
      nameEn
    }
    ...TopicActions_topic
  }
`);

/** Title, state, who proposes it, why it was rejected or cancelled, and what the viewer may do now. */
export function TopicHeader({ topic: ref }: { topic: FragmentType<typeof TopicHeaderFragment> }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const topic = getFragmentData(TopicHeaderFragment, ref);

  return (
    <div className="stack" style={{ gap: 12 }}>
      <div className="page-header" style={{ marginBottom: 0 }}>
        <div style={{ minWidth: 0 }}>
          <div className="topic-title-row">
            <Typography.Title level={1} style={{ fontSize: 24 }}>
              {topic.title}
            </Typography.Title>
            <TopicStateTag state={topic.state} />
          </div>
          <div className="page-header-sub">
            {t('topics.proposedBy', { member: pick(topic.proposer.nameZh, topic.proposer.nameEn) })}
          </div>
        </div>
        <TopicActions topic={topic} />
      </div>
      {topic.state === 'REJECTED' && topic.rejectionReason && (
        <Alert type="error" showIcon title={t('topicPage.rejectedBecause')} description={topic.rejectionReason} />
      )}
      {topic.state === 'CANCELLED' && topic.cancelReason && (
        <Alert type="warning" showIcon title={t('topicPage.cancelledBecause')} description={topic.cancelReason} />
      )}
    </div>
  );
}
