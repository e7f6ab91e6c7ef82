import { LinkOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Row, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';

export const RepublicationTableFragment = graphql(`
  fragment RepublicationTable_resource on Resource {
    id
    reach {
      publications
      members
      views
      shares
      likes
    }
    publications {
      id
      channel
      url
      publishedAt
      views
      shares
      likes
      member {
        id
        nameZh
        nameEn
      }
    }
  }
`);

/** Where a library piece ran (newest first) and its combined reach — live on the owner's screen. */
export function RepublicationTable({ resource: ref }: { resource: FragmentType<typeof RepublicationTableFragment> }) {
  const { t } = useTranslation();
  const { pick, formatDateTime, formatNumber } = useLocalized();
  const resource = getFragmentData(RepublicationTableFragment, ref);
  const { reach } = resource;

  return (
    <Card size="small" title={t('piece.whereItRan')} data-testid="republications">
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={12} sm={6}>
          <Statistic title={t('topicPage.reach.publications')} value={reach.publications} />
        </Col>
        <Col xs={12} sm={6}>
          <Statistic title={t('topicPage.reach.views')} value={reach.views} />
        </Col>
        <Col xs={12} sm={6}>
          <Statistic title={t('topicPage.reach.shares')} value={reach.shares} />
        </Col>
        <Col xs={12} sm={6}>
          <Statistic title={t('topicPage.reach.likes')} value={reach.likes} />
        </Col>
      </Row>
      {resource.publications.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('piece.notRunYet')} />
      ) : (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={resource.publications}
          columns={[
            { key: 'member', title: t('publications.member'), render: (_, row) => pick(row.member.nameZh, row.member.nameEn) },
            { key: 'channel', title: t('publications.channel'), render: (_, row) => t(`enums.channelKind.${row.channel}`) },
            {
              key: 'url',
              title: t('publications.url'),
              render: (_, row) => (
                <a href={row.url} target="_blank" rel="noreferrer noopener" aria-label={t('piece.openRepublication', { member: pick(row.member.nameZh, row.member.nameEn) })}>
                  <LinkOutlined aria-hidden /> {t('piece.open')}
                </a>
              ),
            },
            { key: 'time', title: t('publications.publishedAt'), render: (_, row) => formatDateTime(row.publishedAt) },
            {
              key: 'reach',
              title: t('piece.reach'),
              render: (_, row) =>
                t('publications.reachLine', { views: formatNumber(row.views), shares: formatNumber(row.shares), likes: formatNumber(row.likes) }),
            },
          ]}
        />
      )}
    </Card>
  );
}
