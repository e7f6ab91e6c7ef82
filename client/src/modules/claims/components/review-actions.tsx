import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_LIMITS, type ClaimAction } from '@yah/shared';
import { graphql } from '@/__generated__';
import { errorMessage } from '@/app/errors';
import { ReasonModal } from '@/modules/topics/components/reason-modal';

export const AcceptSubmissionMutation = graphql(`
  mutation AcceptSubmission($claimId: ID!) {
    acceptSubmission(claimId: $claimId) {
      id
      state
      decidedAt
      reviewComment
      version
      viewerActions
    }
  }
`);

export const RequestChangesMutation = graphql(`
  mutation RequestChanges($claimId: ID!, $comment: String!) {
    requestChanges(claimId: $claimId, comment: $comment) {
      id
      state
      decidedAt
      reviewComment
      version
      viewerActions
    }
  }
`);

export interface ReviewActionsProps {
  claimId: string;
  reporterName: string;
  /** The claim's actions the viewer may take now (`offeredClaimActions` of its viewerActions): shows ACCEPT and REQUEST_CHANGES. */
  actions: readonly ClaimAction[];
  /** After a decision: the caller refreshes counts and queues. */
  onDecided?: () => void;
  /** After accepting (before onDecided): e.g. the review queue goes on to record where the piece ran. */
  onAccepted?: () => void;
}

/** An editor's two answers to a submission: accept it, or send it back with a comment. */
export function ReviewActions({ claimId, reporterName, actions, onDecided, onAccepted }: ReviewActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [asking, setAsking] = useState(false);
  const [accept, { loading: accepting }] = useMutation(AcceptSubmissionMutation);
  const [requestChanges] = useMutation(RequestChangesMutation);

  const onAccept = async () => {
    try {
      await accept({ variables: { claimId } });
      if (onAccepted) onAccepted();
      else void message.success(t('review.accepted', { name: reporterName }));
      onDecided?.();
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  if (!actions.includes('ACCEPT') && !actions.includes('REQUEST_CHANGES')) return null;
  return (
    <>
      <Space wrap size={8}>
        {actions.includes('ACCEPT') && (
          <Popconfirm
            title={t('review.confirmAccept', { name: reporterName })}
            okText={t('review.accept')}
            cancelText={t('common.cancel')}
            onConfirm={onAccept}
          >
            <Button size="small" type="primary" icon={<CheckOutlined aria-hidden />} loading={accepting}>
              {t('review.accept')}
            </Button>
          </Popconfirm>
        )}
        {actions.includes('REQUEST_CHANGES') && (
          <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setAsking(true)}>
            {t('review.requestChanges')}
          </Button>
        )}
      </Space>
      <ReasonModal
        open={asking}
        title={t('review.requestChangesTitle', { name: reporterName })}
        label={t('review.comment')}
        help={t('review.commentHelp')}
        okText={t('review.requestChanges')}
        limit={COVERAGE_LIMITS.comment}
        onCancel={() => setAsking(false)}
        onSubmit={async (comment) => {
          await requestChanges({ variables: { claimId, comment } });
          setAsking(false);
          void message.success(t('review.changesRequested', { name: reporterName }));
          onDecided?.();
        }}
      />
    </>
  );
}
