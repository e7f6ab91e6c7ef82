import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Descriptions, Drawer, Empty, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isRateMetric } from '@yah/shared';
import { graphql } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { formatAllianceTime } from '@/app/time/alliance-time';
import { figureText, indexFormula } from '../participation-format';
import type { Progress, Standing } from '../participation-plan';
import { FormulaText } from './formula-text';
import { StatusTag } from './status-tag';

// A literal page size: the query cost limit counts a `$first` variable as the largest page.
export const ParticipationEntriesQuery = graphql(`
  query ParticipationEntries($periodId: ID!, $memberId: ID!, $metric: CommitmentMetric!, $commitmentId: ID, $after: String) {
    participationEntries(periodId: $periodId, memberId: $memberId, metric: $metric, commitmentId: $commitmentId, first: 20, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        entityType
        entityId
        title
        at
        onTime
        path
        detail
      }
    }
  }
`);

/** What the drawer opens on: one figure of one member (its rows), or a member's index (its parts). */
export type DrillTarget =
  | { kind: 'figure'; periodId: string; row: Standing; commitmentId: string }
  | { kind: 'index'; periodId: string; row: Standing };

function EntryRows({ periodId, memberId, progress }: { periodId: string; memberId: string; progress: Progress }) {
  const { t } = useTranslation();
  const { isEnglish } = useLocalized();
  const { metric, id: commitmentId } = progress.commitment;
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(ParticipationEntriesQuery, {
    variables: { periodId, memberId, metric, commitmentId: metric === 'MANUAL' ? commitmentId : null },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.participationEntries;
  if (!connection && error) return <LoadErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!connection) return <Skeleton active paragraph={{ rows: 4 }} />;
  const rate = isRateMetric(metric);
  return (
    <section aria-labelledby="entries-heading" data-testid="entries">
      <div className="participation-entries-head">
        <Typography.Title level={3} id="entries-heading" style={{ fontSize: 15, margin: 0 }}>
          {t('participation.drawer.entries')}
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="entries-total">
          {t('participation.drawer.total', { count: connection.totalCount })}
        </Typography.Text>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('participation.drawer.timeNote')}
      </Typography.Text>
      {connection.nodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('participation.drawer.empty')} />
      ) : (
        <ul className="participation-entries">
          {connection.nodes.map((entry) => (
            <li key={`${entry.entityType}:${entry.entityId}`} className="participation-entry">
              <div className="participation-entry-main">
                {entry.path ? <Link to={entry.path}>{entry.title}</Link> : <span>{entry.title}</span>}
                {entry.detail && <div className="participation-entry-detail">{entry.detail}</div>}
              </div>
              <div className="participation-entry-side">
                <time dateTime={entry.at}>{formatAllianceTime(entry.at, isEnglish)}</time>
                {rate && entry.onTime !== null && (
                  <Tag color={entry.onTime ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
                    {entry.onTime ? t('participation.drawer.onTime') : t('participation.drawer.late')}
                  </Tag>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {connection.pageInfo.hasNextPage && (
        <div className="list-footer">
          <Button
            loading={networkStatus === NetworkStatus.fetchMore}
            onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          >
            {t('common.loadMore')}
          </Button>
          <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
            {t('common.showing', { shown: connection.nodes.length, total: connection.totalCount })}
          </Typography.Text>
        </div>
      )}
    </section>
  );
}

function FigureBody({ target, onNavigate }: { target: Extract<DrillTarget, { kind: 'figure' }>; onNavigate: (next: DrillTarget) => void }) {
  const { t } = useTranslation();
  const progress = target.row.commitments.find((item) => item.commitment.id === target.commitmentId);
  if (!progress) return <Empty />;
  return (
    <div className="stack">
      <div>
        <Typography.Title level={2} style={{ fontSize: 17, marginTop: 0 }}>
          {progress.commitment.title}
        </Typography.Title>
        <div className="participation-drawer-figure">
          <span className="participation-drawer-number" data-testid="drawer-figure">
            {figureText(progress)}
          </span>
          <StatusTag status={progress.status} />
        </div>
        <Typography.Text type="secondary">
          {t(`participation.metric.${progress.commitment.metric}`)} · {t('participation.drawer.weight', { weight: progress.commitment.weight })}
        </Typography.Text>
      </div>
      <div className="participation-formula-box">
        <Typography.Text strong>{t('participation.drawer.formula')}</Typography.Text>
        <FormulaText progress={progress} />
      </div>
      <EntryRows periodId={target.periodId} memberId={target.row.member.id} progress={progress} />
      <Button type="link" style={{ alignSelf: 'flex-start', paddingInline: 0 }} onClick={() => onNavigate({ kind: 'index', periodId: target.periodId, row: target.row })}>
        {t('participation.drawer.backToIndex')}
      </Button>
    </div>
  );
}

function IndexBody({ target, onNavigate }: { target: Extract<DrillTarget, { kind: 'index' }>; onNavigate: (next: DrillTarget) => void }) {
  const { t } = useTranslation();
  const { row } = target;
  const numbers = indexFormula(row.commitments, row.index);
  return (
    <div className="stack">
      <div className="participation-drawer-figure">
        <span className="participation-drawer-number" data-testid="drawer-figure">
          {row.index.toFixed(1)}
        </span>
        <StatusTag status={row.status} />
        <Typography.Text type="secondary">{t('participation.scorecard.rankValue', { rank: row.rank })}</Typography.Text>
      </div>
      <Link to={`/members/${row.member.id}`} data-testid="open-member">
        {t('participation.drawer.openMember')}
      </Link>
      <div className="participation-formula-box" data-testid="formula">
        <Typography.Text strong>{t('participation.drawer.formula')}</Typography.Text>
        <div className="participation-formula-line">{t('participation.drawer.indexFormula')}</div>
        <div className="participation-formula-line">{numbers ?? t('participation.drawer.notJudged')}</div>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('participation.drawer.indexStatusRule')}
        </Typography.Text>
      </div>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={row.commitments.map((progress) => ({
          key: progress.commitment.id,
          label: progress.commitment.title,
          children: (
            <Button
              type="link"
              size="small"
              style={{ paddingInline: 0, color: 'inherit' }}
              onClick={() => onNavigate({ kind: 'figure', periodId: target.periodId, row, commitmentId: progress.commitment.id })}
            >
              <span className="participation-figure" data-status={progress.status}>
                {figureText(progress)}
              </span>
              <span className="participation-weight">×{progress.commitment.weight}</span>
            </Button>
          ),
        }))}
      />
    </div>
  );
}

/** The rows that make a figure, with its formula; or an index with its parts. */
export function EntriesDrawer({ target, onClose, onNavigate }: { target: DrillTarget | null; onClose: () => void; onNavigate: (next: DrillTarget) => void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const title = target ? pick(target.row.member.nameZh, target.row.member.nameEn) : '';
  return (
    <Drawer
      open={Boolean(target)}
      onClose={onClose}
      title={target?.kind === 'index' ? t('participation.drawer.indexTitle', { member: title }) : title}
      size={Math.min(560, typeof window === 'undefined' ? 560 : window.innerWidth)}
      destroyOnHidden
      data-testid="entries-drawer"
    >
      {target?.kind === 'figure' && <FigureBody key={target.commitmentId} target={target} onNavigate={onNavigate} />}
      {target?.kind === 'index' && <IndexBody target={target} onNavigate={onNavigate} />}
    </Drawer>
  );
}
