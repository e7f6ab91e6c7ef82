import { Button, Card, Empty, Grid, Select, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '@/app/i18n/use-localized';
import { STATUS_COLORS, figureText } from '../participation-format';
import type { PlanCommitment, Standing } from '../participation-plan';
import { compareRows, sortRows, type RankingSortKey } from '../ranking-sort';
import type { DrillTarget } from './entries-drawer';
import { StatusTag } from './status-tag';

type Row = Standing;

interface RankingProps {
  periodId: string;
  rows: readonly Row[];
  commitments: readonly PlanCommitment[];
  onDrill: (target: DrillTarget) => void;
}

/** The index as a number and a thin bar; a button that opens the index's parts. */
function IndexFigure({ row, periodId, onDrill }: { row: Row; periodId: string; onDrill: RankingProps['onDrill'] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <button
      type="button"
      className="participation-index"
      aria-label={t('participation.ranking.openIndex', { member: pick(row.member.nameZh, row.member.nameEn), index: row.index.toFixed(1) })}
      onClick={() => onDrill({ kind: 'index', periodId, row })}
    >
      <span className="participation-index-number">{row.index.toFixed(1)}</span>
      <span className="participation-index-track" aria-hidden>
        <span className="participation-index-fill" style={{ width: `${Math.min(100, row.index)}%`, background: STATUS_COLORS[row.status] }} />
      </span>
    </button>
  );
}

/** One commitment's figure of one member, coloured by its status, opening the rows behind it. */
function CommitmentFigure({ row, commitmentId, periodId, onDrill }: { row: Row; commitmentId: string; periodId: string; onDrill: RankingProps['onDrill'] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const progress = row.commitments.find((item) => item.commitment.id === commitmentId);
  if (!progress) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <button
      type="button"
      className="participation-figure"
      data-status={progress.status}
      aria-label={t('participation.ranking.openFigure', {
        member: pick(row.member.nameZh, row.member.nameEn),
        commitment: progress.commitment.title,
        figure: figureText(progress),
        status: t(`participation.status.${progress.status}`),
      })}
      onClick={() => onDrill({ kind: 'figure', periodId, row, commitmentId })}
    >
      {figureText(progress)}
    </button>
  );
}

function MemberName({ row }: { row: Row }) {
  const { pick } = useLocalized();
  return (
    <Link to={`/members/${row.member.id}`} className="participation-member-link">
      {pick(row.member.nameZh, row.member.nameEn)}
    </Link>
  );
}

function RankingTable({ periodId, rows, commitments, onDrill }: RankingProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const sorter = (key: RankingSortKey) => (a: Row, b: Row) => compareRows(key, a, b);
  const columns: TableColumnsType<Row> = [
    { key: 'rank', title: t('participation.ranking.rank'), width: 64, fixed: 'left', align: 'center', sorter: sorter('rank'), defaultSortOrder: 'ascend', render: (_, row) => <span className="participation-rank">{row.rank}</span> },
    { key: 'member', title: t('participation.ranking.member'), width: 200, fixed: 'left', sorter: (a, b) => pick(a.member.nameZh, a.member.nameEn).localeCompare(pick(b.member.nameZh, b.member.nameEn), 'zh-CN'), render: (_, row) => <MemberName row={row} /> },
    { key: 'province', title: t('participation.ranking.province'), width: 90, sorter: sorter('province'), render: (_, row) => pick(row.member.province.nameZh, row.member.province.nameEn) },
    { key: 'index', title: t('participation.ranking.index'), width: 150, sorter: sorter('index'), render: (_, row) => <IndexFigure row={row} periodId={periodId} onDrill={onDrill} /> },
    { key: 'status', title: t('participation.ranking.status'), width: 110, sorter: sorter('status'), render: (_, row) => <StatusTag status={row.status} /> },
    ...commitments.map<TableColumnsType<Row>[number]>((commitment) => ({
      key: `commitment:${commitment.id}`,
      title: (
        <Tooltip title={commitment.title}>
          <span className="participation-commitment-head">{commitment.title}</span>
        </Tooltip>
      ),
      width: 118,
      align: 'center',
      sorter: sorter(`commitment:${commitment.id}`),
      sortDirections: ['descend', 'ascend'],
      render: (_, row) => <CommitmentFigure row={row} commitmentId={commitment.id} periodId={periodId} onDrill={onDrill} />,
    })),
  ];
  return (
    <Table<Row>
      rowKey={(row) => row.member.id}
      size="small"
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ x: 620 + commitments.length * 118 }}
      sticky
      showSorterTooltip={false}
      locale={{ emptyText: t('participation.ranking.empty') }}
      className="participation-table"
      data-testid="ranking-table"
    />
  );
}

/** Cards a phone shows before "show all": a long ranking is a long way to scroll. */
const PHONE_PAGE = 10;

/** At phone width: a card per member, sorted by a chosen key. */
function RankingCards({ periodId, rows, commitments, onDrill }: RankingProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [sortKey, setSortKey] = useState<RankingSortKey>('rank');
  const [showAll, setShowAll] = useState(false);
  const sorted = sortRows(rows, sortKey);
  const shown = showAll ? sorted : sorted.slice(0, PHONE_PAGE);
  return (
    <div className="stack" data-testid="ranking-cards">
      <label className="participation-sort">
        <span>{t('participation.ranking.sortBy')}</span>
        <Select<RankingSortKey>
          value={sortKey}
          onChange={setSortKey}
          style={{ flex: 1, minWidth: 0 }}
          aria-label={t('participation.ranking.sortBy')}
          options={[
            { value: 'rank', label: t('participation.ranking.rank') },
            { value: 'index', label: t('participation.ranking.index') },
            { value: 'status', label: t('participation.ranking.status') },
            { value: 'province', label: t('participation.ranking.province') },
            ...commitments.map((commitment) => ({ value: `commitment:${commitment.id}` as RankingSortKey, label: commitment.title })),
          ]}
        />
      </label>
      {sorted.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('participation.ranking.empty')} />}
      <ol className="participation-cards">
        {shown.map((row) => (
          <li key={row.member.id}>
            <Card size="small">
              <div className="participation-card-head">
                <span className="participation-rank">{row.rank}</span>
                <div style={{ minWidth: 0, flex: 1 }}>
                  <MemberName row={row} />
                  <div className="member-item-meta">{pick(row.member.province.nameZh, row.member.province.nameEn)}</div>
                </div>
                <StatusTag status={row.status} />
              </div>
              <IndexFigure row={row} periodId={periodId} onDrill={onDrill} />
              <dl className="participation-card-figures">
                {commitments.map((commitment) => (
                  <div key={commitment.id}>
                    <dt>{commitment.title}</dt>
                    <dd>
                      <CommitmentFigure row={row} commitmentId={commitment.id} periodId={periodId} onDrill={onDrill} />
                    </dd>
                  </div>
                ))}
              </dl>
            </Card>
          </li>
        ))}
      </ol>
      {shown.length < sorted.length && (
        <Button block onClick={() => setShowAll(true)} data-testid="ranking-show-all">
          {t('participation.ranking.showAll', { count: sorted.length })}
        </Button>
      )}
    </div>
  );
}

/** The ranking: a sortable table with a sticky member column; a card list on phones. Every figure opens its rows. */
export function Ranking(props: RankingProps) {
  const screens = Grid.useBreakpoint();
  return screens.md ? <RankingTable {...props} /> : <RankingCards {...props} />;
}
