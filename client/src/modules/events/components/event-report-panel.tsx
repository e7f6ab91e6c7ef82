import { FileExcelOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, List, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { formatAllianceTime, formatCalendarDate } from '@/app/time/alliance-time';

export const EventReportQuery = graphql(`
  query EventReport($id: ID!) {
    event(id: $id) {
      id
      viewerActions
      topics {
        id
      }
      report {
        totals {
          participants
          attended
          claims
          accepted
          publications
          reach
        }
        byMember {
          participants
          attended
          claims
          accepted
          publications
          reach
          member {
            id
            nameZh
            nameEn
          }
        }
        byDay {
          date
          checkIns
          claims
          accepted
          publications
          reach
        }
        pieces {
          assignmentTitle
          acceptedAt
          reach
          claim {
            id
            assignment {
              id
              topic {
                id
              }
            }
          }
          reporter {
            id
            displayName
          }
          member {
            id
            nameZh
            nameEn
          }
          publications {
            id
            url
            channel
            publishedAt
            member {
              id
              nameZh
              nameEn
            }
          }
        }
      }
    }
  }
`);

const TOTALS = ['participants', 'attended', 'claims', 'accepted', 'publications', 'reach'] as const;

/** 成果: what the event produced — totals, by member, by day, and the accepted pieces with where they ran. */
export function EventReportPanel({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const { isEnglish, pick, formatNumber } = useLocalized();
  const { data, error, refetch } = useQuery(EventReportQuery, { variables: { id: eventId } });
  if (error && !data) return <LoadErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data?.event) return <Skeleton active paragraph={{ rows: 8 }} />;
  const { report, topics, viewerActions } = data.event;
  const numberColumn = (key: 'participants' | 'attended' | 'claims' | 'accepted' | 'publications' | 'reach' | 'checkIns', title: string) => ({
    title,
    dataIndex: key,
    align: 'right' as const,
    render: (value: number) => formatNumber(value),
  });
  return (
    <div className="stack" data-testid="event-report">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {topics.length === 0 ? t('events.report.noTopics') : t('events.report.help')}
        </Typography.Paragraph>
        {viewerActions.includes('EXPORT_ROSTER') && (
          <Space wrap className="no-print">
            <Button icon={<FileExcelOutlined aria-hidden />} href={`/exports/events/${eventId}/report.xlsx`} download>
              {t('events.report.exportXlsx')}
            </Button>
            <Button icon={<FileExcelOutlined aria-hidden />} href={`/exports/events/${eventId}/report.csv`} download>
              {t('events.report.exportCsv')}
            </Button>
          </Space>
        )}
      </div>
      <div className="event-stats">
        {TOTALS.map((key) => (
          <Card size="small" key={key}>
            <Statistic title={t(`events.report.totals.${key}`)} value={report.totals[key]} formatter={(value) => formatNumber(Number(value))} />
          </Card>
        ))}
      </div>
      <Card size="small" title={t('events.report.pieces')}>
        {report.pieces.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.report.noPieces')} />
        ) : (
          <List
            dataSource={report.pieces}
            renderItem={(piece) => (
              <List.Item key={piece.claim.id} data-testid="report-piece">
                <div style={{ width: '100%' }}>
                  <div className="event-person-row">
                    <Link to={`/topics/${piece.claim.assignment.topic.id}`}>
                      <strong>{piece.assignmentTitle}</strong>
                    </Link>
                    <Tag>{t('events.report.totals.reach')} {formatNumber(piece.reach)}</Tag>
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {piece.reporter.displayName} · {pick(piece.member.nameZh, piece.member.nameEn)}
                    {piece.acceptedAt ? ` · ${t('events.report.acceptedAt')} ${formatAllianceTime(piece.acceptedAt, isEnglish)}` : ''}
                  </Typography.Text>
                  <div>
                    {piece.publications.length === 0 ? (
                      <Typography.Text type="secondary">{t('events.report.noPublications')}</Typography.Text>
                    ) : (
                      <Space size={[4, 4]} wrap>
                        {piece.publications.map((publication) => (
                          <a key={publication.id} href={publication.url} target="_blank" rel="noreferrer">
                            <Tag color="blue">
                              {pick(publication.member.nameZh, publication.member.nameEn)} · {t(`enums.channelKind.${publication.channel}`)}
                            </Tag>
                          </a>
                        ))}
                      </Space>
                    )}
                  </div>
                </div>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small" title={t('events.report.byMember')}>
        <Table
          size="small"
          pagination={false}
          scroll={{ x: 640 }}
          rowKey={(row) => row.member.id}
          dataSource={report.byMember}
          columns={[
            { title: t('events.report.member'), width: 180, render: (_, row) => pick(row.member.nameZh, row.member.nameEn) },
            numberColumn('participants', t('events.report.totals.participants')),
            numberColumn('attended', t('events.report.totals.attended')),
            numberColumn('claims', t('events.report.totals.claims')),
            numberColumn('accepted', t('events.report.totals.accepted')),
            numberColumn('publications', t('events.report.totals.publications')),
            numberColumn('reach', t('events.report.totals.reach')),
          ]}
        />
      </Card>
      <Card size="small" title={t('events.report.byDay')}>
        <Table
          size="small"
          pagination={false}
          scroll={{ x: 640 }}
          rowKey="date"
          dataSource={report.byDay}
          columns={[
            { title: t('events.report.date'), dataIndex: 'date', width: 110, render: (value: string) => formatCalendarDate(value, isEnglish) },
            numberColumn('checkIns', t('events.report.checkIns')),
            numberColumn('claims', t('events.report.totals.claims')),
            numberColumn('accepted', t('events.report.totals.accepted')),
            numberColumn('publications', t('events.report.totals.publications')),
            numberColumn('reach', t('events.report.totals.reach')),
          ]}
        />
      </Card>
    </div>
  );
}
