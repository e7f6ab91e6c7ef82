import { ClockCircleOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Popconfirm, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { offeredClaimActions } from '@yah/shared';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { useAssignmentWhere } from '@/modules/assignments/hooks/use-assignment-where';
import { AssignmentFormatTag } from '@/modules/assignments/components/assignment-format-tag';
import { ClaimStateTag } from '@/modules/claims/components/claim-state-tag';
import { PublicationList } from '@/modules/claims/components/publication-list';
import { SubmissionView } from '@/modules/claims/components/submission-view';
import { OfferAnswer } from './offer-answer';
import { ClaimFiles } from './claim-files';
import { SubmitClaimModal } from './submit-claim-modal';

export const MyClaimCardFragment = graphql(`
  fragment MyClaimCard_claim on Claim {
    id
    state
    submissionText
    submissionLinks
    reviewComment
    claimedAt
    submittedAt
    decidedAt
    offeredAt
    declineReason
    offeredBy {
      id
      displayName
    }
    viewerActions
    assignment {
      id
      title
      format
      dueAt
      location {
        id
        cityZh
        cityEn
      }
      place {
        name
      }
      topic {
        id
        title
      }
    }
    publications {
      id
      ...PublicationList_publication
    }
    files {
      id
    }
    ...ClaimFiles_claim
  }
`);

export const ReleaseClaimMutation = graphql(`
  mutation ReleaseClaim($claimId: ID!) {
    releaseClaim(claimId: $claimId) {
      id
      state
      version
      viewerActions
      assignment {
        id
        openSlots
        viewerCanClaim
        viewerActions
        myClaim {
          id
        }
      }
    }
  }
`);

/** One of my claims: the assignment, its due time, my submission and the editor's answer; submit or release. */
export function MyClaimCard({ claim: ref, onChanged }: { claim: FragmentType<typeof MyClaimCardFragment>; onChanged: () => void }) {
  const { t } = useTranslation();
  const { formatDateTime } = useLocalized();
  const where = useAssignmentWhere();
  const { message } = App.useApp();
  const claim = getFragmentData(MyClaimCardFragment, ref);
  const [submitting, setSubmitting] = useState(false);
  const [release, { loading: releasing }] = useMutation(ReleaseClaimMutation);
  const { assignment } = claim;
  const open = claim.state === 'CLAIMED' || claim.state === 'CHANGES_REQUESTED';
  const overdue = open && dayjs(assignment.dueAt).isBefore(dayjs());
  const changesRequested = claim.state === 'CHANGES_REQUESTED';
  // The server's claim actions for me, narrowed to what the state allows now.
  const actions = offeredClaimActions(claim.state, claim.viewerActions);

  const onRelease = async () => {
    try {
      await release({ variables: { claimId: claim.id } });
      void message.success(t('myWork.released', { title: assignment.title }));
      onChanged();
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  return (
    <Card size="small" data-testid="my-claim" className="assignment-card">
      <div className="assignment-card-head">
        <Typography.Title level={3} className="assignment-card-title">
          {assignment.title}
        </Typography.Title>
        <Space size={4} wrap>
          <AssignmentFormatTag format={assignment.format} />
          <ClaimStateTag state={claim.state} />
        </Space>
      </div>
      <div className="member-item-meta">
        {t('openAssignments.inTopic')}{' '}
        <Link to={`/topics/${assignment.topic.id}#assignment-${assignment.id}`}>{assignment.topic.title}</Link>
      </div>
      <Space size={[12, 4]} wrap className="member-item-meta">
        <span>
          <EnvironmentOutlined aria-hidden /> {where(assignment)}
        </span>
        <span>
          <ClockCircleOutlined aria-hidden /> {t('assignments.due', { time: formatDateTime(assignment.dueAt) })}
        </span>
        {overdue && <Tag color="volcano">{t('assignments.overdue')}</Tag>}
      </Space>
      {claim.offeredBy && claim.offeredAt && (
        <div className="member-item-meta" data-testid="offered-by">
          {t('offers.offeredBy', { name: claim.offeredBy.displayName, time: formatDateTime(claim.offeredAt) })}
        </div>
      )}
      {claim.state === 'DECLINED' && claim.declineReason && (
        <Typography.Paragraph type="secondary" className="pre-wrap" style={{ margin: '4px 0 0' }}>
          {t('offers.declinedBecause', { reason: claim.declineReason })}
        </Typography.Paragraph>
      )}
      {claim.state === 'OFFERED' && (
        <div style={{ marginTop: 8 }}>
          <OfferAnswer claimId={claim.id} title={assignment.title} actions={actions} onAnswered={onChanged} />
        </div>
      )}
      <SubmissionView
        text={claim.state === 'CLAIMED' ? null : claim.submissionText}
        links={claim.state === 'CLAIMED' ? [] : claim.submissionLinks}
        reviewComment={changesRequested ? claim.reviewComment : null}
      />
      <ClaimFiles claim={claim} />
      {claim.state === 'ACCEPTED' && <PublicationList publications={claim.publications} />}
      {(actions.includes('SUBMIT') || actions.includes('RELEASE')) && (
        <Space wrap size={8} style={{ marginTop: 8 }}>
          {actions.includes('SUBMIT') && (
            <Button type="primary" size="small" onClick={() => setSubmitting(true)}>
              {changesRequested ? t('submission.resubmit') : t('submission.submit')}
            </Button>
          )}
          {actions.includes('RELEASE') && (
            <Popconfirm
              title={t('myWork.confirmRelease')}
              description={t('myWork.confirmReleaseHelp')}
              okText={t('myWork.release')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={onRelease}
            >
              <Button size="small" danger type="text" loading={releasing}>
                {t('myWork.release')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
      <SubmitClaimModal
        open={submitting}
        claim={{
          id: claim.id,
          title: assignment.title,
          reviewComment: changesRequested ? claim.reviewComment : null,
          submissionText: claim.submissionText,
          submissionLinks: claim.submissionLinks,
          fileCount: claim.files.length,
        }}
        onClose={() => setSubmitting(false)}
        onSubmitted={onChanged}
      />
    </Card>
  );
}
