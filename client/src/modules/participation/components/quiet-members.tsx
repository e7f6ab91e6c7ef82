import { Card, Empty, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QUIET_DAYS } from '@yah/shared';
import { useLocalized } from '@/app/i18n/use-localized';

export interface QuietEntry {
  member: { id: string; nameZh: string; nameEn: string; cityZh: string; cityEn: string };
  lastActivityAt: string | null;
  daysQuiet: number | null;
}

/** 谁沉寂了: members with no activity in the last 30 / 60 / 90 days, the quietest first. */
export function QuietMembers({ lists }: { lists: Readonly<Record<(typeof QUIET_DAYS)[number], readonly QuietEntry[]>> }) {
  const { t } = useTranslation();
  const { pick, formatDate } = useLocalized();
  return (
    <Card size="small" title={t('participation.quiet.title')} data-testid="quiet-members">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0, fontSize: 13 }}>
        {t('participation.quiet.help')}
      </Typography.Paragraph>
      <Tabs
        size="small"
        items={QUIET_DAYS.map((days) => ({
          key: String(days),
          label: t('participation.quiet.tab', { days, count: lists[days].length }),
          children:
            lists[days].length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('participation.quiet.none', { days })} />
            ) : (
              <ul className="participation-quiet">
                {[...lists[days]]
                  .sort((a, b) => (b.daysQuiet ?? Infinity) - (a.daysQuiet ?? Infinity))
                  .map((entry) => (
                    <li key={entry.member.id} className="participation-quiet-row">
                      <div style={{ minWidth: 0 }}>
                        <Link to={`/members/${entry.member.id}`}>{pick(entry.member.nameZh, entry.member.nameEn)}</Link>{' '}
                        <Typography.Text type="secondary">{pick(entry.member.cityZh, entry.member.cityEn)}</Typography.Text>
                        {entry.lastActivityAt && (
                          <div className="member-item-meta">{t('participation.quiet.lastActivity', { date: formatDate(entry.lastActivityAt) })}</div>
                        )}
                      </div>
                      <Typography.Text strong className="participation-quiet-days">
                        {entry.daysQuiet === null ? t('participation.quiet.never') : t('participation.quiet.daysQuiet', { days: entry.daysQuiet })}
                      </Typography.Text>
                    </li>
                  ))}
              </ul>
            ),
        }))}
      />
    </Card>
  );
}
