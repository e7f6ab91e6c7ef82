import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Segmented, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReceiptFilter } from '@/__generated__/graphql';
import { useLocalized } from '@/app/i18n/use-localized';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { AnnouncementReceiptsQuery } from '../announcement-fragments';

const PAGE = 50;

/**
 * The secretariat's read receipts: the addressed members that have read the announcement (when first, by whom) and
 * those that have not, along the river, with counts.
 */
export function AnnouncementReceipts({ announcementId, readCount, recipientCount }: { announcementId: string; readCount: number; recipientCount: number }) {
  const { t } = useTranslation();
  const { pick, formatDateTime } = useLocalized();
  const [filter, setFilter] = useState<ReceiptFilter>(readCount > 0 ? 'READ' : 'UNREAD');
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(AnnouncementReceiptsQuery, {
    variables: { id: announcementId, filter, first: PAGE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.announcementReceipts;
  type Row = NonNullable<typeof connection>['nodes'][number];

  let body;
  if (!connection && error) body = <LoadErrorAlert error={error} onRetry={() => void refetch()} />;
  else if (!connection) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (connection.nodes.length === 0) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filter === 'READ' ? t('announcements.receipts.noneRead') : t('announcements.receipts.allRead')} />;
  } else {
    body = (
      <>
        <Table<Row>
          size="small"
          rowKey={(row) => row.member.id}
          dataSource={connection.nodes}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid={`receipts-${filter.toLowerCase()}`}
          columns={[
            {
              key: 'member',
              title: t('announcements.receipts.member'),
              render: (_, row) => (
                <span>
                  <Link to={`/members/${row.member.id}`}>{pick(row.member.nameZh, row.member.nameEn)}</Link>{' '}
                  <Typography.Text type="secondary">{pick(row.member.province.nameZh, row.member.province.nameEn)}</Typography.Text>
                </span>
              ),
            },
            ...(filter === 'READ'
              ? [
                  {
                    key: 'first',
                    title: t('announcements.receipts.firstReadAt'),
                    render: (_: unknown, row: Row) => (row.firstReadAt ? <time dateTime={row.firstReadAt}>{formatDateTime(row.firstReadAt)}</time> : null),
                  },
                  {
                    key: 'readers',
                    title: t('announcements.receipts.readers'),
                    render: (_: unknown, row: Row) => (
                      <span className="announcement-readers">
                        {row.readers.map((reader) => (
                          <span key={reader.person.id}>
                            {reader.person.displayName}{' '}
                            <Typography.Text type="secondary">
                              <time dateTime={reader.readAt}>{formatDateTime(reader.readAt)}</time>
                            </Typography.Text>
                          </span>
                        ))}
                        {row.readerCount > row.readers.length && (
                          <Typography.Text type="secondary">{t('announcements.receipts.readerMore', { count: row.readerCount - row.readers.length })}</Typography.Text>
                        )}
                      </span>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {connection.pageInfo.hasNextPage && (
          <div className="list-footer">
            <Button loading={networkStatus === NetworkStatus.fetchMore} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
              {t('common.loadMore')}
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <Card size="small" title={t('announcements.receipts.title')} data-testid="announcement-receipts">
      <Typography.Paragraph type="secondary">{t('announcements.receipts.help')}</Typography.Paragraph>
      <Segmented<ReceiptFilter>
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'READ', label: t('announcements.receipts.read', { count: readCount }) },
          { value: 'UNREAD', label: t('announcements.receipts.unread', { count: recipientCount - readCount }) },
        ]}
        style={{ marginBottom: 12 }}
      />
      {body}
    </Card>
  );
}
