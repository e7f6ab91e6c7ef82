import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TopicState } from '@yah/shared';
import { TOPIC_STATE_COLORS } from '../topic-actions';

export function TopicStateTag({ state }: { state: TopicState }) {
  const { t } = useTranslation();
  return (
    <Tag color={TOPIC_STATE_COLORS[state]} data-testid="topic-state" style={{ marginInlineEnd: 0 }}>
      {t(`enums.topicState.${state}`)}
    </Tag>
  );
}
