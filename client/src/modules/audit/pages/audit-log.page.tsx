import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AUDIT_ENTITY_TYPES, AUDIT_LOG_LIMITS, type AuditEntityType } from '@yah/shared';
import { graphql } from '@/__generated__';
import type { AuditLogQuery as AuditLogData } from '@/__generated__/graphql';
import { useViewer } from '@/app/auth/viewer';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { formatAllianceTime } from '@/app/time/alliance-time';
import { auditExportHref, auditFilterParams, readAuditFilter, type AuditFilterValues } from '../audit-filter';
import { AuditDiffView } from '../components/audit-diff-view';
import { AuditFilters } from '../components/audit-filters';
import '../audit.css';

// A literal page size: the query cost limit counts a `$first` variable as the largest page.
export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $after: String) {
    auditLog(filter: $filter, first: 50, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        at
        action
        entityType
        entityId
        before
        after
        actor {
          id
          displayName
        }
        actorMember {
          id
          nameZh
          nameEn
        }
      }
    }
  }
`);

type Entry = AuditLogData['auditLog']['nodes'][number];

const isKind = (value: string): value is AuditEntityType => (AUDIT_ENTITY_TYPES as readonly string[]).includes(value);

/** `/audit` — the secretariat reads every change: who, when, what, before and after; filters it and exports it as CSV. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const { isEnglish, pick } = useLocalized();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const filter = readAuditFilter(params);
  const secretariat = viewer.role === 'SECRETARIAT';
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(AuditLogQuery, {
    variables: {
      filter: { memberId: filter.memberId, actorId: filter.actorId, entityTypes: filter.entityTypes.length ? filter.entityTypes : null, from: filter.from, to: filter.to },
    },
    skip: !secretariat,
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });

  if (!secretariat) {
    return (
      <div className="page">
        <Result status="403" title={t('forbidden.title')} subTitle={t('audit.forbidden')} extra={<LinkButton to="/">{t('common.backHome')}</LinkButton>} />
      </div>
    );
  }

  const onChange = (patch: Partial<AuditFilterValues>) => setParams(auditFilterParams({ ...filter, ...patch }), { replace: true });
  const connection = data?.auditLog;
  const columns: TableColumnsType<Entry> = [
    { key: 'at', title: t('audit.columns.at'), width: 150, render: (_, entry) => formatAllianceTime(entry.at, isEnglish) },
    { key: 'actor', title: t('audit.columns.actor'), width: 110, render: (_, entry) => entry.actor?.displayName ?? t('audit.system') },
    { key: 'member', title: t('audit.columns.member'), width: 180, render: (_, entry) => (entry.actorMember ? pick(entry.actorMember.nameZh, entry.actorMember.nameEn) : '—') },
    { key: 'action', title: t('audit.columns.action'), width: 190, render: (_, entry) => <span className="audit-code">{entry.action}</span> },
    {
      key: 'entity',
      title: t('audit.columns.entity'),
      render: (_, entry) => (
        <Tooltip title={entry.entityId}>
          <span>
            {isKind(entry.entityType) ? t(`audit.kinds.${entry.entityType}`) : entry.entityType}{' '}
            <Typography.Text type="secondary" className="audit-code">
              {entry.entityId.slice(0, 8)}
            </Typography.Text>
          </span>
        </Tooltip>
      ),
    },
  ];

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('audit.title')}
          </Typography.Title>
          <div className="page-header-sub">{t('audit.subtitle')}</div>
        </div>
      </div>
      <AuditFilters value={filter} onChange={onChange} />
      <div className="audit-toolbar">
        <Typography.Text type="secondary">{t('audit.exportHelp', { max: AUDIT_LOG_LIMITS.exportRows })}</Typography.Text>
        <Button icon={<DownloadOutlined aria-hidden />} href={auditExportHref(filter)} download data-testid="audit-export">
          {t('audit.exportCsv')}
        </Button>
      </div>
      {!connection && error ? (
        <LoadErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <>
          <Table<Entry>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={connection.nodes}
            pagination={false}
            scroll={{ x: 760 }}
            locale={{ emptyText: t('audit.empty') }}
            expandable={{ expandedRowRender: (entry) => <AuditDiffView before={entry.before ?? null} after={entry.after ?? null} /> }}
            data-testid="audit-table"
          />
          {connection.pageInfo.hasNextPage && (
            <div className="list-footer">
              <Button loading={networkStatus === NetworkStatus.fetchMore} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
                {t('common.loadMore')}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
