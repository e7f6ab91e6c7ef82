import { CheckCircleFilled, ClockCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentStatus } from '@yah/shared';
import { STATUS_COLORS, STATUS_SOFT } from '../participation-format';

/** The same icon for a status everywhere: with the word, a printout in black and white still tells them apart. */
export const STATUS_ICONS: Readonly<Record<CommitmentStatus, ReactNode>> = {
  MET: <CheckCircleFilled aria-hidden />,
  ON_TRACK: <ClockCircleFilled aria-hidden />,
  AT_RISK: <ExclamationCircleFilled aria-hidden />,
  BEHIND: <CloseCircleFilled aria-hidden />,
};

export function StatusTag({ status }: { status: CommitmentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      icon={STATUS_ICONS[status]}
      className="participation-status-tag"
      data-status={status}
      style={{ color: STATUS_COLORS[status], background: STATUS_SOFT[status], borderColor: STATUS_COLORS[status], marginInlineEnd: 0 }}
    >
      {t(`participation.status.${status}`)}
    </Tag>
  );
}
