import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { offeredClaimActions } from '@yah/shared';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { OfferToLibraryButton } from '@/modules/resources/components/offer-to-library-button';
import { ClaimStateTag } from './claim-state-tag';
import { PublicationList } from './publication-list';
import { PublicationModal } from './publication-modal';
import { ReviewActions } from './review-actions';
import { SubmissionView } from './submission-view';

export const ClaimItemFragment = graphql(`
  fragment ClaimItem_claim on Claim {
    id
    state
    submissionText
    submissionLinks
    reviewComment
    claimedAt
    submittedAt
    decidedAt
    viewerActions
    reporter {
      id
      displayName
      member {
        id
        nameZh
        nameEn
      }
    }
    publications {
      id
      ...PublicationList_publication
    }
  }
`);

export const CancelClaimMutation = graphql(`
  mutation CancelClaim($claimId: ID!) {
    cancelClaim(claimId: $claimId) {
      id
      state
      version
      viewerActions
    }
  }
`);

export interface ClaimItemProps {
  claim: FragmentType<typeof ClaimItemFragment>;
  pieceTitle: string;
  /** The viewer manages the assignment (records publications); reviewing and cancelling follow the claim's own viewerActions. */
  canManage: boolean;
  onChanged: () => void;
}

/** One reporter's claim on an assignment: state, submission, the editor's answer, and where it ran. */
export function ClaimItem({ claim: ref, pieceTitle, canManage, onChanged }: ClaimItemProps) {
  const { t } = useTranslation();
  const { pick, formatDateTime } = useLocalized();
  const { message } = App.useApp();
  const claim = getFragmentData(ClaimItemFragment, ref);
  const [recording, setRecording] = useState(false);
  const [cancelClaim, { loading: cancelling }] = useMutation(CancelClaimMutation);
  const reporter = claim.reporter.displayName;
  const actions = offeredClaimActions(claim.state, claim.viewerActions);

  const onCancel = async () => {
    try {
      await cancelClaim({ variables: { claimId: claim.id } });
      void message.success(t('claims.cancelled', { name: reporter }));
      onChanged();
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  return (
    <li className="claim-item" data-testid="claim-item">
      <div className="claim-item-head">
        <span>
          <strong>{reporter}</strong>{' '}
          <Typography.Text type="secondary">{pick(claim.reporter.member.nameZh, claim.reporter.member.nameEn)}</Typography.Text>
        </span>
        <ClaimStateTag state={claim.state} />
      </div>
      <div className="member-item-meta">
        {claim.submittedAt
          ? t('claims.submittedAt', { time: formatDateTime(claim.submittedAt) })
          : t('claims.claimedAt', { time: formatDateTime(claim.claimedAt) })}
      </div>
      <SubmissionView
        text={claim.submissionText}
        links={claim.submissionLinks}
        reviewComment={claim.state === 'CHANGES_REQUESTED' ? claim.reviewComment : null}
      />
      {claim.state === 'ACCEPTED' && (
        <div className="claim-publications">
          <PublicationList publications={claim.publications} claimId={claim.id} pieceTitle={pieceTitle} onChanged={onChanged} />
          {canManage && (
            <Space wrap size={8}>
              <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
                {t('publications.record')}
              </Button>
              <OfferToLibraryButton claimId={claim.id} />
            </Space>
          )}
        </div>
      )}
      {(actions.includes('ACCEPT') || actions.includes('REQUEST_CHANGES') || actions.includes('CANCEL')) && (
        <Space wrap size={8} style={{ marginTop: 8 }}>
          <ReviewActions claimId={claim.id} reporterName={reporter} actions={actions} onDecided={onChanged} />
          {actions.includes('CANCEL') && (
            <Popconfirm
              title={t('claims.confirmCancel', { name: reporter })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={onCancel}
            >
              <Button size="small" danger type="text" loading={cancelling}>
                {t('claims.cancel')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
      {canManage && (
        <PublicationModal
          open={recording}
          claimId={claim.id}
          pieceTitle={pieceTitle}
          onClose={() => setRecording(false)}
          onRecorded={onChanged}
        />
      )}
    </li>
  );
}
