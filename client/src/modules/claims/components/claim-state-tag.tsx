import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClaimState } from '@yah/shared';

export const CLAIM_STATE_COLORS: Readonly<Record<ClaimState, string>> = {
  OFFERED: 'purple',
  CLAIMED: 'blue',
  SUBMITTED: 'gold',
  CHANGES_REQUESTED: 'orange',
  ACCEPTED: 'green',
  RELEASED: 'default',
  CANCELLED: 'default',
  DECLINED: 'default',
  WITHDRAWN: 'default',
};

export function ClaimStateTag({ state }: { state: ClaimState }) {
  const { t } = useTranslation();
  return (
    <Tag color={CLAIM_STATE_COLORS[state]} data-testid="claim-state" style={{ marginInlineEnd: 0 }}>
      {t(`enums.claimState.${state}`)}
    </Tag>
  );
}
