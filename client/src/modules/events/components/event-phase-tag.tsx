import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventPhase } from '@yah/shared';

const COLORS: Record<EventPhase, string> = {
  DRAFT: 'default',
  REGISTRATION_OPEN: 'green',
  REGISTRATION_CLOSED: 'orange',
  UNDER_WAY: 'blue',
  FINISHED: 'default',
  CANCELLED: 'red',
};

export function EventPhaseTag({ phase }: { phase: EventPhase }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[phase]} data-testid="event-phase">
      {t(`enums.eventPhase.${phase}`)}
    </Tag>
  );
}
