import { Progress, Statistic, Tooltip, Typography, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '@/app/i18n/use-localized';
import { STATUS_COLORS, figureText, progressFormula } from '../participation-format';
import type { Progress as ProgressRow, Standing } from '../participation-plan';
import type { DrillTarget } from './entries-drawer';
import { FormulaText } from './formula-text';
import { StatusTag } from './status-tag';

function CommitmentLine({ progress, onOpen }: { progress: ProgressRow; onOpen: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { formula } = progressFormula(t, progress);
  return (
    <li className="scorecard-commitment" data-testid="scorecard-commitment">
      <div className="scorecard-commitment-head">
        <span className="scorecard-commitment-title">{progress.commitment.title}</span>
        <StatusTag status={progress.status} />
      </div>
      <div className="scorecard-commitment-bar">
        <Tooltip title={formula}>
          <Progress percent={Math.round((progress.ratio ?? 0) * 100)} showInfo={false} strokeColor={STATUS_COLORS[progress.status]} size="small" aria-label={formula} />
        </Tooltip>
        <button
          type="button"
          className="participation-figure"
          data-status={progress.status}
          onClick={onOpen}
          aria-label={t('participation.scorecard.openFigure', { commitment: progress.commitment.title, figure: figureText(progress) })}
        >
          {figureText(progress)}
        </button>
      </div>
      <Button type="link" size="small" className="scorecard-formula-toggle" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
        {open ? t('participation.formula.hide') : t('participation.formula.show')}
      </Button>
      {open && <FormulaText progress={progress} compact />}
    </li>
  );
}

/** One member's standing: index (opening its parts), rank, status, last activity, and each commitment with its bar and formula. */
export function ScorecardBody({ row, periodId, onDrill, footer }: { row: Standing; periodId: string; onDrill: (target: DrillTarget) => void; footer?: ReactNode }) {
  const { t } = useTranslation();
  const { formatDate } = useLocalized();
  return (
    <div className="stack">
      <div className="scorecard-figures">
        <button type="button" className="scorecard-index" onClick={() => onDrill({ kind: 'index', periodId, row })}>
          <Statistic title={t('participation.ranking.index')} value={row.index.toFixed(1)} />
          <span className="visually-hidden">{t('participation.scorecard.showHow')}</span>
        </button>
        <Statistic title={t('participation.scorecard.rank')} value={t('participation.scorecard.rankValue', { rank: row.rank })} />
        <div>
          <div className="participation-totals-label">{t('participation.ranking.status')}</div>
          <StatusTag status={row.status} />
        </div>
        <div>
          <div className="participation-totals-label">{t('participation.scorecard.lastActivity')}</div>
          <div data-testid="scorecard-last-activity">{row.lastActivityAt ? formatDate(row.lastActivityAt) : t('participation.quiet.never')}</div>
        </div>
      </div>
      {row.commitments.length === 0 ? (
        <Typography.Text type="secondary">{t('participation.scorecard.noCommitments')}</Typography.Text>
      ) : (
        <ul className="scorecard-commitments">
          {row.commitments.map((progress) => (
            <CommitmentLine key={progress.commitment.id} progress={progress} onOpen={() => onDrill({ kind: 'figure', periodId, row, commitmentId: progress.commitment.id })} />
          ))}
        </ul>
      )}
      {footer}
    </div>
  );
}
