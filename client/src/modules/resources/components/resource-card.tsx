import { EnvironmentOutlined } from '@ant-design/icons';
import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { CapacityText } from './capacity-text';

export const ResourceCardFragment = graphql(`
  fragment ResourceCard_resource on Resource {
    id
    area
    title
    description
    terms
    availability
    contact
    status
    ...CapacityText_resource
    owner {
      id
      nameZh
      nameEn
      cityZh
      cityEn
    }
  }
`);

/** One offer in the exchange: what it is, whose, on what terms, when, how much is left, whom to ask. */
export function ResourceCard({ resource: ref }: { resource: FragmentType<typeof ResourceCardFragment> }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const resource = getFragmentData(ResourceCardFragment, ref);

  const rows = [
    { key: 'terms', label: t('resourceForm.terms'), children: resource.terms },
    { key: 'availability', label: t('resourceForm.availability'), children: resource.availability },
    { key: 'contact', label: t('resourceForm.contact'), children: resource.contact },
  ].filter((row) => row.children !== '');

  return (
    <Card size="small" data-testid="resource-card" className="resource-card">
      <div className="topic-card-head">
        <Typography.Title level={3} className="topic-card-title">
          <Link to={`/resources/${resource.id}`}>{resource.title}</Link>
        </Typography.Title>
        {resource.status === 'WITHDRAWN' && <Tag>{t('enums.resourceStatus.WITHDRAWN')}</Tag>}
      </div>
      <div className="member-item-meta">
        <EnvironmentOutlined aria-hidden /> {pick(resource.owner.nameZh, resource.owner.nameEn)} ·{' '}
        {pick(resource.owner.cityZh, resource.owner.cityEn)}
      </div>
      <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ marginTop: 8 }}>
        {resource.description}
      </Typography.Paragraph>
      {rows.length > 0 && <Descriptions size="small" column={1} items={rows} />}
      <CapacityText resource={resource} />
    </Card>
  );
}
