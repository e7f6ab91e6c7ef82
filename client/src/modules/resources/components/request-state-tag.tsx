import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResourceRequestState } from '@yah/shared';

const COLORS: Record<ResourceRequestState, string> = {
  PENDING: 'gold',
  APPROVED: 'blue',
  DECLINED: 'red',
  FULFILLED: 'green',
  CANCELLED: 'default',
};

export function RequestStateTag({ state }: { state: ResourceRequestState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state]} data-testid="request-state">
      {t(`enums.resourceRequestState.${state}`)}
    </Tag>
  );
}
