import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Empty, Result, Skeleton, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { getFragmentData } from '@/__generated__';
import type { CharterChangeKind } from '@/__generated__/graphql';
import { useViewer } from '@/app/auth/viewer';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { CharterPageQuery, CharterVersionFragment, CharterVersionQuery } from '../charter-fragments';
import { formatAllianceDateTime } from '@/app/time/alliance-time';
import { CharterArticles, CharterAreas } from '../components/charter-articles';
import { CharterChangesPanel } from '../components/charter-changes-panel';
import { CharterHistory } from '../components/charter-history';
import '../charter.css';

/** `?version=N` as a version number, or null for the current one. */
function readVersion(value: string | null): number | null {
  if (!value || !/^\d{1,6}$/.test(value)) return null;
  const version = Number(value);
  return version >= 1 ? version : null;
}

/** `/charter` — every member reads the current charter (or an older version), what changed in it, and its history. */
export function CharterPage() {
  const { t } = useTranslation();
  const { isEnglish } = useLocalized();
  const viewer = useViewer();
  const [params] = useSearchParams();
  const asked = readVersion(params.get('version'));
  const page = useQuery(CharterPageQuery, { fetchPolicy: 'cache-and-network' });
  const current = page.data?.charter ? getFragmentData(CharterVersionFragment, page.data.charter) : null;
  const wantsOld = asked !== null && page.data !== undefined && asked !== current?.version;
  const old = useQuery(CharterVersionQuery, { variables: { version: asked ?? 0 }, skip: !wantsOld });
  const secretariat = viewer.role === 'SECRETARIAT';

  const shown = wantsOld ? (old.data?.charterVersion ? getFragmentData(CharterVersionFragment, old.data.charterVersion) : null) : current;
  const changed = useMemo(() => new Map<number, CharterChangeKind>((shown?.changes ?? []).map((change) => [change.number, change.kind])), [shown]);

  const header = (
    <div className="page-header">
      <div>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('charter.title')}
        </Typography.Title>
        <div className="page-header-sub">{t('charter.subtitle')}</div>
      </div>
      {secretariat && page.data && (
        <LinkButton to="/charter/edit" type="primary" icon={<EditOutlined aria-hidden />}>
          {current ? t('charter.edit') : t('charter.draftFirst')}
        </LinkButton>
      )}
    </div>
  );

  if (!page.data) {
    return (
      <div className="page">
        {header}
        {page.error ? <LoadErrorAlert error={page.error} onRetry={() => void page.refetch()} /> : <Skeleton active paragraph={{ rows: 10 }} />}
      </div>
    );
  }

  const versions = page.data.charterVersions;
  const history = <CharterHistory versions={versions} currentVersion={current?.version ?? null} shownVersion={shown?.version ?? null} />;

  if (!current && !wantsOld) {
    return (
      <div className="page">
        {header}
        <Empty description={t('charter.notPublished')} data-testid="charter-empty">
          <Typography.Text type="secondary">{t('charter.notPublishedHelp')}</Typography.Text>
        </Empty>
      </div>
    );
  }

  let body;
  if (wantsOld && !old.data) {
    body = old.error ? <LoadErrorAlert error={old.error} onRetry={() => void old.refetch()} /> : <Skeleton active paragraph={{ rows: 10 }} />;
  } else if (!shown) {
    body = (
      <Result
        status="404"
        title={t('charter.versionNotFound', { version: asked })}
        subTitle={t('charter.versionNotFoundHelp')}
        extra={<LinkButton to="/charter">{t('charter.viewCurrent')}</LinkButton>}
      />
    );
  } else {
    // The list holds the newest 50: when it holds them all, its oldest is the first version.
    const oldest = versions.length > 0 && versions.length < 50 ? Math.min(...versions.map((version) => version.version)) : 1;
    body = (
      <div className="stack">
        <div className="charter-meta" data-testid="charter-meta">
          <Tag color={wantsOld ? 'default' : 'blue'} className="charter-version-tag">
            {t('charter.versionTag', { version: shown.version })}
          </Tag>
          <Tag>{wantsOld ? t('charter.historical') : t('charter.current')}</Tag>
          <Typography.Text>{t('charter.publishedAt', { time: formatAllianceDateTime(shown.publishedAt, isEnglish) })}</Typography.Text>
          {shown.publishedBy && <Typography.Text type="secondary">{t('charter.publishedBy', { name: shown.publishedBy.displayName })}</Typography.Text>}
        </div>
        {wantsOld && (
          <Alert
            type="warning"
            showIcon
            title={t('charter.viewingOld', { version: shown.version })}
            action={<Link to="/charter">{t('charter.viewCurrent')}</Link>}
          />
        )}
        <section className="charter-note" aria-label={t('charter.changeNote')}>
          <Typography.Text strong>{t('charter.changeNote')}</Typography.Text>
          <div className="charter-text">{shown.changeNote}</div>
        </section>
        <CharterChangesPanel changes={shown.changes} first={shown.version <= oldest} />
        <section aria-label={t('charter.articles')}>
          <CharterAreas articles={shown.articles} />
          <CharterArticles articles={shown.articles} changed={changed} />
        </section>
      </div>
    );
  }

  return (
    <div className="page">
      {header}
      <div className="charter-layout">
        <div className="charter-main">{body}</div>
        <aside className="charter-aside">{history}</aside>
      </div>
    </div>
  );
}
