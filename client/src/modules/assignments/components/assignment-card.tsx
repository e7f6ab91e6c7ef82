import { ClockCircleOutlined, EditOutlined, EnvironmentOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Popconfirm, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
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

export const AssignmentCardFragment = graphql(`
  fragment AssignmentCard_assignment on Assignment {
    id
    title
    brief
    format
    dueAt
    slots
    openSlots
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
  onEdit: (assignment: EditedAssignment) => void;
  onChanged: () => void;
}

/** An assignment on the topic's board: what, where, when, slots; claim, edit, cancel; its claims. */
export function AssignmentCard({ assignment: ref, onEdit, onChanged }: AssignmentCardProps) {
  const { t } = useTranslation();
  const { pick, formatDateTime } = useLocalized();
  const { message } = App.useApp();
  const assignment = getFragmentData(AssignmentCardFragment, ref);
  const [showClaims, setShowClaims] = useState(false);
  const [cancelAssignment, { loading: cancelling }] = useMutation(CancelAssignmentMutation);
  const cancelled = assignment.status === 'CANCELLED';
  const overdue = !cancelled && dayjs(assignment.dueAt).isBefore(dayjs());
  const city = pick(assignment.location.cityZh, assignment.location.cityEn);
  const held = assignment.slots - assignment.openSlots;
  // Only what the server's assignment policy allows the viewer now (claim; edit and cancel for the work's owners).
  const may = (action: AssignmentAction) => !cancelled && assignment.viewerActions.includes(action);
  const seesClaims = assignment.viewerActions.includes('SEE_CLAIMS') && assignment.claims.length > 0;

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
          <EnvironmentOutlined aria-hidden /> {city}
        </span>
        <span>
          <ClockCircleOutlined aria-hidden /> {t('assignments.due', { time: formatDateTime(assignment.dueAt) })}
        </span>
      </Space>
      <div className="member-item-row">
        <Tag color={assignment.openSlots > 0 && !cancelled ? 'green' : 'default'}>
          {t('assignments.slots', { open: assignment.openSlots, total: assignment.slots })}
        </Tag>
        {cancelled && <Tag color="red">{t('enums.assignmentStatus.CANCELLED')}</Tag>}
        {overdue && <Tag color="volcano">{t('assignments.overdue')}</Tag>}
        {assignment.myClaim && (
          <span className="my-claim">
            {t('assignments.myClaim')} <ClaimStateTag state={assignment.myClaim.state} />
          </span>
        )}
      </div>
      <Space wrap size={8} style={{ marginTop: 8 }}>
        {may('CLAIM') && (
          <ClaimButton size="small" assignmentId={assignment.id} title={assignment.title} onChanged={onChanged} />
        )}
        {may('EDIT') && (
          <Button
            size="small"
            icon={<EditOutlined />}
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
            <Button size="small" type="text" danger icon={<StopOutlined />} loading={cancelling}>
              {t('assignments.cancel')}
            </Button>
          </Popconfirm>
        )}
        {seesClaims && (
          <Button size="small" type="link" aria-expanded={showClaims} onClick={() => setShowClaims((shown) => !shown)}>
            {showClaims
              ? t('assignments.hideClaims')
              : t('assignments.showClaims', { count: assignment.claims.length })}
          </Button>
        )}
      </Space>
      {showClaims && seesClaims && (
        <AssignmentClaims
          assignmentId={assignment.id}
          pieceTitle={assignment.title}
          canManage={assignment.viewerActions.includes('EDIT')}
          onChanged={onChanged}
        />
      )}
    </Card>
  );
}
