import { Card, Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '@/app/i18n/use-localized';
import { formatAllianceDateTime } from '@/app/time/alliance-time';

export interface VersionSummary {
  id: string;
  version: number;
  changeNote: string;
  publishedAt: string;
}

interface CharterHistoryProps {
  versions: readonly VersionSummary[];
  currentVersion: number | null;
  shownVersion: number | null;
}

/** Every published version, newest first; each opens at `/charter?version=N` (the current one at `/charter`). */
export function CharterHistory({ versions, currentVersion, shownVersion }: CharterHistoryProps) {
  const { t } = useTranslation();
  const { isEnglish } = useLocalized();
  return (
    <Card title={t('charter.history.title')} size="small" data-testid="charter-history">
      {versions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('charter.history.empty')} />
      ) : (
        <ol className="charter-history">
          {versions.map((version) => {
            const shown = version.version === shownVersion;
            const to = version.version === currentVersion ? '/charter' : `/charter?version=${version.version}`;
            return (
              <li key={version.id} className={shown ? 'charter-history-shown' : undefined}>
                <div className="charter-history-head">
                  <Link to={to} aria-current={shown ? 'page' : undefined}>
                    {t('charter.history.item', { version: version.version })}
                  </Link>
                  {version.version === currentVersion && <Tag color="blue">{t('charter.current')}</Tag>}
                </div>
                <Typography.Text type="secondary" className="charter-history-time">
                  {t('charter.publishedAt', { time: formatAllianceDateTime(version.publishedAt, isEnglish) })}
                </Typography.Text>
                <Typography.Paragraph className="charter-history-note" ellipsis={{ rows: 2, tooltip: version.changeNote }}>
                  {version.changeNote}
                </Typography.Paragraph>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
