import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';

export const CapacityTextFragment = graphql(`
  fragment CapacityText_resource on Resource {
    capacityPerPeriod
    capacityPeriod
    capacityLeft
  }
`);

/** "每月 4 次，本期剩余 2" — or nothing for a resource without a cap. */
export function CapacityText({ resource: ref }: { resource: FragmentType<typeof CapacityTextFragment> }) {
  const { t } = useTranslation();
  const resource = getFragmentData(CapacityTextFragment, ref);
  if (resource.capacityPerPeriod === null || resource.capacityPeriod === null) return null;
  const left = resource.capacityLeft;
  return (
    <Typography.Text type={left === 0 ? 'danger' : 'secondary'} data-testid="capacity">
      {t(`exchange.capacity.${resource.capacityPeriod}`, { n: resource.capacityPerPeriod })}
      {left !== null && t('exchange.capacityLeft', { left })}
    </Typography.Text>
  );
}
