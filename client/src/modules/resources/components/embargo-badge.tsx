import { ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EmbargoState } from '@yah/shared';
import { formatAllianceTime } from '@/app/time/alliance-time';

export interface EmbargoProps {
  embargoState: EmbargoState;
  embargoUntil: string | null;
}

/** "禁发至 12月18日 08:00（北京时间）" while the embargo runs; nothing otherwise. */
export function EmbargoBadge({ embargoState, embargoUntil }: EmbargoProps) {
  const { t, i18n } = useTranslation();
  if (embargoState !== 'EMBARGOED' || !embargoUntil) return null;
  return (
    <Tag color="volcano" icon={<ClockCircleOutlined aria-hidden />} data-testid="embargo-badge">
      {t('library.embargoUntil', { time: formatAllianceTime(embargoUntil, i18n.language === 'en') })}
    </Tag>
  );
}

/**
 * On a piece page while the embargo runs: for other members, why only the title, summary and owner show and
 * when the rest comes; for the owner, a reminder that others cannot read it yet.
 */
export function EmbargoNotice({ embargoState, embargoUntil, contentVisible }: EmbargoProps & { contentVisible: boolean }) {
  const { t, i18n } = useTranslation();
  if (embargoState !== 'EMBARGOED' || !embargoUntil) return null;
  const time = formatAllianceTime(embargoUntil, i18n.language === 'en');
  return (
    <Alert
      type={contentVisible ? 'info' : 'warning'}
      showIcon
      icon={<ClockCircleOutlined aria-hidden />}
      data-testid="embargo-notice"
      title={t('piece.embargo.title', { time })}
      description={contentVisible ? t('piece.embargo.ownerHelp') : t('piece.embargo.help')}
    />
  );
}
