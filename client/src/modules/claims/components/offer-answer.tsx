import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_LIMITS, type ClaimAction } from '@yah/shared';
import { graphql } from '@/__generated__';
import { errorMessage } from '@/app/errors';
import { ReasonModal } from '@/modules/topics/components/reason-modal';
import '../offers.css';

export const AcceptOfferMutation = graphql(`
  mutation AcceptOffer($claimId: ID!) {
    acceptOffer(claimId: $claimId) {
      id
      state
      claimedAt
      version
      viewerActions
    }
  }
`);

export const DeclineOfferMutation = graphql(`
  mutation DeclineOffer($claimId: ID!, $reason: String) {
    declineOffer(claimId: $claimId, reason: $reason) {
      id
      state
      declineReason
      decidedAt
      version
      viewerActions
    }
  }
`);

export interface OfferAnswerProps {
  claimId: string;
  title: string;
  /** The claim's actions the viewer may take now: shows ACCEPT_OFFER and DECLINE_OFFER. */
  actions: readonly ClaimAction[];
  onAnswered: () => void;
}

/** The offered reporter's two answers: accept the slot (it becomes their claim), or decline it with an optional reason. */
export function OfferAnswer({ claimId, title, actions, onAnswered }: OfferAnswerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [declining, setDeclining] = useState(false);
  const [accept, { loading: accepting }] = useMutation(AcceptOfferMutation);
  const [decline] = useMutation(DeclineOfferMutation);

  const onAccept = async () => {
    try {
      await accept({ variables: { claimId } });
      void message.success(t('offers.accepted', { title }));
      onAnswered();
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  if (!actions.includes('ACCEPT_OFFER') && !actions.includes('DECLINE_OFFER')) return null;
  return (
    <span className="offer-answer">
      {actions.includes('ACCEPT_OFFER') && (
        <Button size="small" type="primary" icon={<CheckOutlined aria-hidden />} loading={accepting} onClick={() => void onAccept()} data-testid="accept-offer">
          {t('offers.accept')}
        </Button>
      )}
      {actions.includes('DECLINE_OFFER') && (
        <Button size="small" icon={<CloseOutlined aria-hidden />} onClick={() => setDeclining(true)} data-testid="decline-offer">
          {t('offers.decline')}
        </Button>
      )}
      <ReasonModal
        open={declining}
        title={t('offers.declineTitle', { title })}
        label={t('offers.declineReason')}
        help={t('offers.declineHelp')}
        okText={t('offers.decline')}
        optional
        limit={{ max: COVERAGE_LIMITS.declineReason.max }}
        onCancel={() => setDeclining(false)}
        onSubmit={async (reason) => {
          await decline({ variables: { claimId, reason: reason || null } });
          setDeclining(false);
          void message.success(t('offers.declined', { title }));
          onAnswered();
        }}
      />
    </span>
  );
}
