import { Card, Empty, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharterChangeKind, ResourceArea } from '@/__generated__/graphql';
import { readableDiff, side, type DiffPart } from '../charter-diff';
import { AreaTag } from './area-tag';

export interface ChangeArticle {
  number: number;
  title: string;
  body: string;
  area: ResourceArea | null;
}

export interface CharterChangeView {
  number: number;
  kind: CharterChangeKind;
  title: string;
  before: ChangeArticle | null;
  after: ChangeArticle | null;
}

export const CHANGE_COLORS: Record<CharterChangeKind, string> = { ADDED: 'green', CHANGED: 'orange', REMOVED: 'red' };

/** One side of a diff: the other side's words left out, this side's own changes highlighted. */
function DiffSide({ parts, which }: { parts: readonly DiffPart[]; which: 'before' | 'after' }) {
  return (
    <div className="charter-text">
      {side(parts, which).map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={index} className="charter-diff-added">
            {part.text}
          </ins>
        ) : (
          <del key={index} className="charter-diff-removed">
            {part.text}
          </del>
        ),
      )}
    </div>
  );
}

function AreaOrNone({ area }: { area: ResourceArea | null }) {
  const { t } = useTranslation();
  return area ? <AreaTag area={area} /> : <Typography.Text type="secondary">{t('charter.changes.noArea')}</Typography.Text>;
}

/** A changed article: title and area before → after when they changed, the body's changed words highlighted on both sides. */
function ChangedArticle({ before, after }: { before: ChangeArticle; after: ChangeArticle }) {
  const { t } = useTranslation();
  const parts = useMemo(() => readableDiff(before.body, after.body), [before.body, after.body]);
  const titleParts = useMemo(() => readableDiff(before.title, after.title), [before.title, after.title]);
  const bodyChanged = before.body !== after.body;
  return (
    <div className="stack" style={{ gap: 8 }}>
      {before.title !== after.title && (
        <div className="charter-change-line" data-testid="change-title">
          <Typography.Text type="secondary">{t('charter.changes.titleChange')}</Typography.Text>
          <DiffSide parts={titleParts} which="before" />
          <span aria-hidden>→</span>
          <DiffSide parts={titleParts} which="after" />
        </div>
      )}
      {before.area !== after.area && (
        <div className="charter-change-line" data-testid="change-area">
          <Typography.Text type="secondary">{t('charter.changes.areaChange')}</Typography.Text>
          <AreaOrNone area={before.area} />
          <span aria-hidden>→</span>
          <AreaOrNone area={after.area} />
        </div>
      )}
      {bodyChanged && (
        <div className="charter-diff-columns">
          <section aria-label={t('charter.changes.before')}>
            <div className="charter-diff-label">{t('charter.changes.before')}</div>
            <DiffSide parts={parts} which="before" />
          </section>
          <section aria-label={t('charter.changes.after')}>
            <div className="charter-diff-label">{t('charter.changes.after')}</div>
            <DiffSide parts={parts} which="after" />
          </section>
        </div>
      )}
    </div>
  );
}

function ChangeItem({ change }: { change: CharterChangeView }) {
  const { t } = useTranslation();
  return (
    <li className="charter-change" data-testid="charter-change" data-kind={change.kind}>
      <div className="charter-change-head">
        <Tag color={CHANGE_COLORS[change.kind]}>{t(`enums.charterChangeKind.${change.kind}`)}</Tag>
        <Typography.Text strong>
          {t('charter.articleHeading', { number: change.number, title: change.title })}
        </Typography.Text>
      </div>
      {change.kind === 'CHANGED' && change.before && change.after ? (
        <ChangedArticle before={change.before} after={change.after} />
      ) : change.kind === 'ADDED' && change.after ? (
        <div className="charter-text">
          <ins className="charter-diff-added">{change.after.body}</ins>
        </div>
      ) : change.kind === 'REMOVED' && change.before ? (
        <div className="charter-text">
          <del className="charter-diff-removed">{change.before.body}</del>
        </div>
      ) : null}
    </li>
  );
}

/** "What changed in this version": each added, changed or removed article against the version before. */
export function CharterChangesPanel({ changes, first }: { changes: readonly CharterChangeView[]; first: boolean }) {
  const { t } = useTranslation();
  const count = (kind: CharterChangeKind) => changes.filter((change) => change.kind === kind).length;
  return (
    <Card
      title={t('charter.changes.title')}
      size="small"
      className="charter-changes"
      data-testid="charter-changes"
      extra={
        changes.length > 0 && (
          <Typography.Text type="secondary">
            {t('charter.changes.summary', { added: count('ADDED'), changed: count('CHANGED'), removed: count('REMOVED') })}
          </Typography.Text>
        )
      }
    >
      {changes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={first ? t('charter.changes.first') : t('charter.changes.none')} />
      ) : (
        <>
          <div className="charter-diff-legend" aria-hidden>
            <ins className="charter-diff-added">{t('charter.changes.legendAdded')}</ins>
            <del className="charter-diff-removed">{t('charter.changes.legendRemoved')}</del>
          </div>
          <ol className="charter-change-list">
            {[...changes]
              .sort((a, b) => a.number - b.number)
              .map((change) => (
                <ChangeItem key={`${change.kind}-${change.number}`} change={change} />
              ))}
          </ol>
        </>
      )}
    </Card>
  );
}
