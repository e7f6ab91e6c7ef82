import { ClockCircleOutlined, EditOutlined, EnvironmentOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Popconfirm, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import type { AssignmentAction } from '@/__generated__/graphql';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { AssignmentFormatTag } from './assignment-format-tag';
import type { EditedAssignment } from './assignment-modal';
import { ClaimButton } from '@/modules/claims/components/claim-button';
import { AssignmentClaims } from './assignment-claims';
import { ClaimStateTag } from '@/modules/claims/components/claim-state-tag';
import { useAssignmentWhere } from '../hooks/use-assignment-where';
import { OfferSlotButton } from '@/modules/claims/components/offer-slot-button';

export const AssignmentCardFragment = graphql(`
  fragment AssignmentCard_assignment on Assignment {
    id
    title
    brief
    format
    dueAt
    slots
    openSlots
    acceptedSlots
    workingSlots
    stage
    status
    version
    viewerActions
    location {
      id
      nameZh
      nameEn
      cityZh
      cityEn
    }
    place {
      name
      latitude
      longitude
    }
    myClaim {
      id
      state
    }
    claims {
      id
      state
    }
  }
`);

export const CancelAssignmentMutation = graphql(`
  mutation CancelAssignment($id: ID!) {
    cancelAssignment(id: $id) {
      id
      status
      openSlots
      version
      viewerActions
    }
  }
`);

export interface AssignmentCardProps {
  assignment: FragmentType<typeof AssignmentCardFragment>;
  /** Its claims are shown (the board keeps this, so it survives the card moving to another column). */
  claimsOpen: boolean;
  onToggleClaims: () => void;
  onEdit: (assignment: EditedAssignment) => void;
  onChanged: () => void;
}

/** An assignment on the topic's board: what, where, when, slots; claim, edit, cancel; its claims. */
export function AssignmentCard({ assignment: ref, claimsOpen, onToggleClaims, onEdit, onChanged }: AssignmentCardProps) {
  const { t } = useTranslation();
  const { pick, formatDateTime } = useLocalized();
  const { message } = App.useApp();
  const assignment = getFragmentData(AssignmentCardFragment, ref);
  const [cancelAssignment, { loading: cancelling }] = useMutation(CancelAssignmentMutation);
  const cancelled = assignment.status === 'CANCELLED';
  const done = assignment.stage === 'DONE';
  const overdue = !cancelled && !done && dayjs(assignment.dueAt).isBefore(dayjs());
  const city = pick(assignment.location.cityZh, assignment.location.cityEn);
  const where = useAssignmentWhere();
  const held = assignment.slots - assignment.openSlots;
  const progress = { slots: assignment.slots, accepted: assignment.acceptedSlots, working: assignment.workingSlots, open: assignment.openSlots };
  // Only what the server's assignment policy allows the viewer now (claim; edit and cancel for the work's owners, until
  // every slot is accepted).
  const may = (action: AssignmentAction) => !cancelled && assignment.viewerActions.includes(action);
  const seesClaims = assignment.viewerActions.includes('SEE_CLAIMS') && assignment.claims.length > 0;
  // Slots offered to named reporters and not yet answered (they hold their slot meanwhile).
  const offered = assignment.claims.filter((claim) => claim.state === 'OFFERED').length;

  const onCancel = async () => {
    try {
      await cancelAssignment({ variables: { id: assignment.id } });
      void message.success(t('assignments.cancelled'));
      onChanged();
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  return (
    <Card size="small" className="assignment-card" data-testid="assignment-card" id={`assignment-${assignment.id}`}>
      <div className="assignment-card-head">
        <Typography.Title level={4} className="assignment-card-title">
          {assignment.title}
        </Typography.Title>
        <AssignmentFormatTag format={assignment.format} />
      </div>
      {assignment.brief && (
        <Typography.Paragraph type="secondary" className="pre-wrap" ellipsis={{ rows: 3, expandable: 'collapsible' }}>
          {assignment.brief}
        </Typography.Paragraph>
      )}
      <Space size={[12, 4]} wrap className="member-item-meta">
        <span>
          <EnvironmentOutlined aria-hidden /> {where(assignment)}
        </span>
        <span>
          <ClockCircleOutlined aria-hidden /> {t('assignments.due', { time: formatDateTime(assignment.dueAt) })}
        </span>
      </Space>
      <div className="member-item-row">
        {done ? (
          <Tag color="green">{t('board.finished')}</Tag>
        ) : (
          <Tag color={assignment.openSlots > 0 && !cancelled ? 'green' : 'default'}>
            {t('assignments.slots', { open: assignment.openSlots, total: assignment.slots })}
          </Tag>
        )}
        {offered > 0 && !cancelled && !done && (
          <Tag color="purple" data-testid="offered-count">
            {t('offers.offeredCount', { count: offered })}
          </Tag>
        )}
        {cancelled && <Tag color="red">{t('enums.assignmentStatus.CANCELLED')}</Tag>}
        {overdue && <Tag color="volcano">{t('assignments.overdue')}</Tag>}
        {assignment.myClaim && (
          <span className="my-claim">
            {t('assignments.myClaim')} <ClaimStateTag state={assignment.myClaim.state} />
          </span>
        )}
      </div>
      {!cancelled && !done && (assignment.slots > 1 || progress.accepted > 0) && (
        <div className="slot-progress" data-testid="slot-progress" role="img" aria-label={t('board.progressLabel', progress)}>
          <span className="slot-progress-bar" aria-hidden>
            {progress.accepted > 0 && <span className="slot-accepted" style={{ flexGrow: progress.accepted }} />}
            {progress.working > 0 && <span className="slot-working" style={{ flexGrow: progress.working }} />}
            {progress.open > 0 && <span className="slot-open" style={{ flexGrow: progress.open }} />}
          </span>
          <span className="slot-progress-text" aria-hidden>
            {t('board.progress', progress)}
          </span>
        </div>
      )}
      <Space wrap size={8} style={{ marginTop: 8 }}>
        {may('CLAIM') && (
          <ClaimButton size="small" assignmentId={assignment.id} title={assignment.title} onChanged={onChanged} />
        )}
        {may('OFFER') && <OfferSlotButton assignmentId={assignment.id} title={assignment.title} onChanged={onChanged} />}
        {may('EDIT') && (
          <Button
            size="small"
            icon={<EditOutlined aria-hidden />}
            onClick={() =>
              onEdit({
                id: assignment.id,
                version: assignment.version,
                title: assignment.title,
                brief: assignment.brief,
                format: assignment.format,
                dueAt: assignment.dueAt,
                slots: assignment.slots,
                heldSlots: held,
                location: {
                  value: assignment.location.id,
                  label: `${city} · ${pick(assignment.location.nameZh, assignment.location.nameEn)}`,
                },
                place: assignment.place ? { name: assignment.place.name, latitude: assignment.place.latitude, longitude: assignment.place.longitude } : null,
              })
            }
          >
            {t('common.edit')}
          </Button>
        )}
        {may('CANCEL') && (
          <Popconfirm
            title={t('assignments.confirmCancel')}
            description={held > 0 ? t('assignments.confirmCancelHeld', { count: held }) : undefined}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={onCancel}
          >
            <Button size="small" type="text" danger icon={<StopOutlined aria-hidden />} loading={cancelling}>
              {t('assignments.cancel')}
            </Button>
          </Popconfirm>
        )}
        {seesClaims && (
          <Button size="small" type="link" aria-expanded={claimsOpen} onClick={onToggleClaims}>
            {claimsOpen
              ? t('assignments.hideClaims')
              : t('assignments.showClaims', { count: assignment.claims.length })}
          </Button>
        )}
      </Space>
      {claimsOpen && seesClaims && (
        <AssignmentClaims
          assignmentId={assignment.id}
          pieceTitle={assignment.title}
          format={assignment.format}
          canRecord={assignment.viewerActions.includes('RECORD_PUBLICATION')}
          onChanged={onChanged}
        />
      )}
    </Card>
  );
}
