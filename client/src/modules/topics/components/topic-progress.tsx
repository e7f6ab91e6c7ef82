import { Progress, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';

export const TopicProgressFragment = graphql(`
  fragment TopicProgress_topic on Topic {
    progress {
      assignments
      slots
      claimed
      submitted
      accepted
    }
  }
`);

/** Slots accepted / claimed / total, as one bar (accepted solid, claimed as the lighter "success" part). */
export function TopicProgress({ topic: ref }: { topic: FragmentType<typeof TopicProgressFragment> }) {
  const { t } = useTranslation();
  const { progress } = getFragmentData(TopicProgressFragment, ref);
  if (progress.assignments === 0) {
    return <span className="muted">{t('topics.progress.none')}</span>;
  }
  const slots = Math.max(1, progress.slots);
  const summary = t('topics.progress.summary', {
    accepted: progress.accepted,
    claimed: progress.claimed,
    slots: progress.slots,
    assignments: progress.assignments,
  });
  return (
    <Tooltip title={summary}>
      <div className="topic-progress" data-testid="topic-progress">
        <Progress
          percent={Math.round((progress.claimed / slots) * 100)}
          success={{ percent: Math.round((progress.accepted / slots) * 100) }}
          showInfo={false}
          size="small"
          aria-label={summary}
        />
        <span className="topic-progress-text">
          {t('topics.progress.short', { accepted: progress.accepted, claimed: progress.claimed, slots: progress.slots })}
        </span>
      </div>
    </Tooltip>
  );
}
