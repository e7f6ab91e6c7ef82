import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InnovationAward, InnovationRoundStatus } from '@/__generated__/graphql';

const STATUS_COLORS: Record<InnovationRoundStatus, string> = { OPEN: 'green', SCORING: 'gold', CLOSED: 'blue', PUBLISHED: 'purple' };

export function RoundStatusTag({ status }: { status: InnovationRoundStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`enums.innovationRoundStatus.${status}`)}</Tag>;
}

/** 精品项目 in red, 优秀项目 in orange. */
export function AwardTag({ award }: { award: InnovationAward }) {
  const { t } = useTranslation();
  return <Tag color={award === 'TOP' ? 'red' : 'orange'}>{t(`enums.innovationAward.${award}`)}</Tag>;
}
