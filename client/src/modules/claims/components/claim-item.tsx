import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFER_ONLY_CLAIM_STATES, offeredClaimActions, suggestedChannel } from '@yah/shared';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import type { AssignmentFormat } from '@/__generated__/graphql';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { OfferToLibraryButton } from '@/modules/resources/components/offer-to-library-button';
import { ClaimFiles } from './claim-files';
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
    offeredAt
    declineReason
    viewerActions
    reporter {
      id
      displayName
      member {
        id
        nameZh
        nameEn
        channels {
          kind
        }
      }
    }
    publications {
      id
      ...PublicationList_publication
    }
    ...ClaimFiles_claim
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

export const WithdrawOfferMutation = graphql(`
  mutation WithdrawOffer($claimId: ID!) {
    withdrawOffer(claimId: $claimId) {
      id
      state
      decidedAt
      version
      viewerActions
    }
  }
`);

export interface ClaimItemProps {
  claim: FragmentType<typeof ClaimItemFragment>;
  pieceTitle: string;
  format: AssignmentFormat;
  /** The viewer records where accepted pieces ran (RECORD_PUBLICATION); reviewing and cancelling follow the claim's own viewerActions. */
  canRecord: boolean;
  onChanged: () => void;
}

/** One reporter's claim on an assignment: state, submission, the editor's answer, and where it ran. */
export function ClaimItem({ claim: ref, pieceTitle, format, canRecord, onChanged }: ClaimItemProps) {
  const { t } = useTranslation();
  const { pick, formatDateTime } = useLocalized();
  const { message } = App.useApp();
  const claim = getFragmentData(ClaimItemFragment, ref);
  const [recording, setRecording] = useState(false);
  const [cancelClaim, { loading: cancelling }] = useMutation(CancelClaimMutation);
  const [withdrawOffer, { loading: withdrawing }] = useMutation(WithdrawOfferMutation);
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

  const onWithdraw = async () => {
    try {
      await withdrawOffer({ variables: { claimId: claim.id } });
      void message.success(t('offers.withdrawn', { name: reporter }));
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
        {claim.offeredAt && OFFER_ONLY_CLAIM_STATES.includes(claim.state)
          ? t(claim.state === 'OFFERED' ? 'offers.offeredTo' : 'offers.offeredOn', { time: formatDateTime(claim.offeredAt) })
          : claim.submittedAt
            ? t('claims.submittedAt', { time: formatDateTime(claim.submittedAt) })
            : t('claims.claimedAt', { time: formatDateTime(claim.claimedAt) })}
      </div>
      {claim.state === 'DECLINED' && claim.declineReason && (
        <Typography.Paragraph type="secondary" className="pre-wrap" style={{ margin: '4px 0 0' }}>
          {t('offers.declinedBecause', { reason: claim.declineReason })}
        </Typography.Paragraph>
      )}
      {actions.includes('WITHDRAW_OFFER') && (
        <Popconfirm
          title={t('offers.confirmWithdraw', { name: reporter })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={onWithdraw}
        >
          <Button size="small" danger type="text" loading={withdrawing} style={{ marginTop: 4 }}>
            {t('offers.withdraw')}
          </Button>
        </Popconfirm>
      )}
      <SubmissionView
        text={claim.submissionText}
        links={claim.submissionLinks}
        reviewComment={claim.state === 'CHANGES_REQUESTED' ? claim.reviewComment : null}
      />
      <ClaimFiles claim={claim} />
      {claim.state === 'ACCEPTED' && (
        <div className="claim-publications">
          <PublicationList publications={claim.publications} claimId={claim.id} pieceTitle={pieceTitle} onChanged={onChanged} />
          {canRecord && (
            <Space wrap size={8}>
              <Button size="small" type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => setRecording(true)}>
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
      {canRecord && (
        <PublicationModal
          open={recording}
          claimId={claim.id}
          pieceTitle={pieceTitle}
          defaults={{ member: claim.reporter.member, channel: suggestedChannel(format, claim.reporter.member.channels.map((channel) => channel.kind)) }}
          onClose={() => setRecording(false)}
          onRecorded={onChanged}
        />
      )}
    </li>
  );
}
