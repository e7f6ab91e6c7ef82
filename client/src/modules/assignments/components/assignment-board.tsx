import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { ASSIGNMENT_COLUMNS, groupAssignments } from '../assignment-groups';
import { AssignmentCard } from './assignment-card';
import { AssignmentModal, type EditedAssignment } from './assignment-modal';

export const AssignmentBoardFragment = graphql(`
  fragment AssignmentBoard_assignment on Assignment {
    id
    stage
    dueAt
    ...AssignmentCard_assignment
  }
`);

export interface AssignmentBoardProps {
  topicId: string;
  assignments: readonly FragmentType<typeof AssignmentBoardFragment>[];
  canAdd: boolean;
  /** Something changed on the board: the page refetches the topic (progress, reach). */
  onChanged: () => void;
}

/** The topic's assignments in columns: open, in progress, done (and cancelled, when there are any). */
export function AssignmentBoard({ topicId, assignments: refs, canAdd, onChanged }: AssignmentBoardProps) {
  const { t } = useTranslation();
  const assignments = getFragmentData(AssignmentBoardFragment, refs);
  const [editing, setEditing] = useState<EditedAssignment | null>(null);
  const [adding, setAdding] = useState(false);
  // Which cards show their claims: kept here, so a card that moves to another column (accepted work → done) stays open.
  // A link to one assignment (`#assignment-<id>`, from the home page's submissions to review) opens its claims.
  const { hash } = useLocation();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(hash.startsWith('#assignment-') ? [hash.slice('#assignment-'.length)] : []));
  const toggleClaims = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const linked = hash.startsWith('#assignment-') && assignments.some((assignment) => `#assignment-${assignment.id}` === hash);
  useEffect(() => {
    // The page loads after the address: bring the linked card into view once it is drawn.
    if (linked) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [linked, hash]);
  const groups = groupAssignments(assignments);
  const columns = ASSIGNMENT_COLUMNS.filter((column) => column !== 'cancelled' || groups.cancelled.length > 0);

  return (
    <Card
      title={t('assignments.boardTitle', { count: assignments.length })}
      size="small"
      data-testid="assignment-board"
      extra={
        canAdd && (
          <Button type="primary" size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('enums.topicAction.ADD_ASSIGNMENT')}
          </Button>
        )
      }
    >
      {assignments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assignments.none')} />
      ) : (
        <div className={`assignment-board columns-${columns.length}`}>
          {columns.map((column) => (
            <section key={column} className="assignment-column" aria-label={t(`assignments.columns.${column}`)}>
              <h3 className="assignment-column-title">
                {t(`assignments.columns.${column}`)} <Badge count={groups[column].length} showZero color="#5b6577" />
              </h3>
              {groups[column].length === 0 ? (
                <div className="assignment-column-empty">{t('assignments.columnEmpty')}</div>
              ) : (
                groups[column].map((assignment) => (
                  <AssignmentCard
                    key={assignment.id}
                    assignment={assignment}
                    claimsOpen={expanded.has(assignment.id)}
                    onToggleClaims={() => toggleClaims(assignment.id)}
                    onEdit={setEditing}
                    onChanged={onChanged}
                  />
                ))
              )}
            </section>
          ))}
        </div>
      )}
      <AssignmentModal
        open={adding || editing !== null}
        topicId={topicId}
        assignment={editing}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
        onSaved={onChanged}
      />
    </Card>
  );
}
