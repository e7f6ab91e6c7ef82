import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResourceArea } from '@/__generated__/graphql';

/** One colour per area of sharing, the same wherever the charter marks an area. */
export const AREA_COLORS: Record<ResourceArea, string> = {
  PLATFORM: 'blue',
  CONTENT: 'green',
  CHANNEL: 'gold',
  TECH_SERVICE: 'purple',
  INDUSTRY: 'volcano',
};

/** The area of sharing an article belongs to (平台、稿件、渠道、技术服务、产业). */
export function AreaTag({ area }: { area: ResourceArea }) {
  const { t } = useTranslation();
  return (
    <Tag color={AREA_COLORS[area]} className="charter-area-tag" data-area={area}>
      {t(`enums.resourceArea.${area}`)}
    </Tag>
  );
}
