import { CheckOutlined, CloseOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  canMoveResourceRequest,
  RESOURCE_LIMITS,
  RESOURCE_REQUEST_ACTION_TARGETS,
  type ResourceRequestAction,
  type ResourceRequestState,
} from '@yah/shared';
import { graphql } from '@/__generated__';
import { refetchActive } from '@/app/apollo-client';
import { errorMessage } from '@/app/errors';
import { ReasonModal } from '@/modules/topics/components/reason-modal';

/** What a move changes on a request and on its resource: mutations select it so the cache updates in place. */
export const RequestMoveFragment = graphql(`
  fragment RequestMove_request on ResourceRequest {
    id
    state
    viewerActions
    version
    updatedAt
    decidedAt
    declineReason
    fulfilledAt
    fulfillmentNote
    cancelledAt
    decidedBy {
      id
      displayName
    }
    resource {
      id
      capacityLeft
      viewerActions
    }
  }
`);

export const ApproveResourceRequestMutation = graphql(`
  mutation ApproveResourceRequest($id: ID!) {
    approveResourceRequest(id: $id) {
      id
      ...RequestMove_request
    }
  }
`);

export const DeclineResourceRequestMutation = graphql(`
  mutation DeclineResourceRequest($id: ID!, $reason: String!) {
    declineResourceRequest(id: $id, reason: $reason) {
      id
      ...RequestMove_request
    }
  }
`);

export const FulfillResourceRequestMutation = graphql(`
  mutation FulfillResourceRequest($id: ID!, $note: String) {
    fulfillResourceRequest(id: $id, note: $note) {
      id
      ...RequestMove_request
    }
  }
`);

export const CancelResourceRequestMutation = graphql(`
  mutation CancelResourceRequest($id: ID!) {
    cancelResourceRequest(id: $id) {
      id
      ...RequestMove_request
    }
  }
`);

/** The moves the viewer may make now: those the server offers that the state still allows (a stale list offers none). */
export function offeredRequestActions(
  state: ResourceRequestState,
  viewerActions: readonly ResourceRequestAction[],
): ResourceRequestAction[] {
  return viewerActions.filter((action) => canMoveResourceRequest(state, RESOURCE_REQUEST_ACTION_TARGETS[action]));
}

export interface RequestActionsProps {
  requestId: string;
  /** The other side's name, for the confirmations. */
  memberName: string;
  /** `offeredRequestActions(state, viewerActions)`. */
  actions: readonly ResourceRequestAction[];
  size?: 'small' | 'middle';
}

/** Approve, decline (with a reason), mark provided (with an optional note), or withdraw one request. */
export function RequestActions({ requestId, memberName, actions, size = 'small' }: RequestActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [asking, setAsking] = useState<'DECLINE' | 'FULFILL' | null>(null);
  const [approve, { loading: approving }] = useMutation(ApproveResourceRequestMutation);
  const [decline] = useMutation(DeclineResourceRequestMutation);
  const [fulfil] = useMutation(FulfillResourceRequestMutation);
  const [cancel, { loading: cancelling }] = useMutation(CancelResourceRequestMutation);

  const moved = (action: ResourceRequestAction) => {
    void message.success(t(`requests.done.${action}`));
    refetchActive(client, ['ResourceRequestCounts']);
  };
  const run = async (action: 'APPROVE' | 'CANCEL') => {
    try {
      if (action === 'APPROVE') await approve({ variables: { id: requestId } });
      else await cancel({ variables: { id: requestId } });
      moved(action);
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  if (actions.length === 0) return null;
  return (
    <>
      <Space wrap size={8}>
        {actions.includes('APPROVE') && (
          <Popconfirm
            title={t('requests.confirmApprove', { member: memberName })}
            okText={t('requests.actions.APPROVE')}
            cancelText={t('common.cancel')}
            onConfirm={() => run('APPROVE')}
          >
            <Button size={size} type="primary" icon={<CheckOutlined aria-hidden />} loading={approving}>
              {t('requests.actions.APPROVE')}
            </Button>
          </Popconfirm>
        )}
        {actions.includes('DECLINE') && (
          <Button size={size} danger icon={<CloseOutlined aria-hidden />} onClick={() => setAsking('DECLINE')}>
            {t('requests.actions.DECLINE')}
          </Button>
        )}
        {actions.includes('FULFILL') && (
          <Button size={size} type="primary" icon={<SendOutlined aria-hidden />} onClick={() => setAsking('FULFILL')}>
            {t('requests.actions.FULFILL')}
          </Button>
        )}
        {actions.includes('CANCEL') && (
          <Popconfirm
            title={t('requests.confirmCancel')}
            okText={t('requests.actions.CANCEL')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => run('CANCEL')}
          >
            <Button size={size} icon={<RollbackOutlined aria-hidden />} loading={cancelling}>
              {t('requests.actions.CANCEL')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      <ReasonModal
        open={asking === 'DECLINE'}
        title={t('requests.declineTitle', { member: memberName })}
        label={t('requests.declineLabel')}
        help={t('requests.declineHelp')}
        okText={t('requests.actions.DECLINE')}
        danger
        limit={RESOURCE_LIMITS.declineReason}
        onCancel={() => setAsking(null)}
        onSubmit={async (reason) => {
          await decline({ variables: { id: requestId, reason } });
          setAsking(null);
          moved('DECLINE');
        }}
      />
      <ReasonModal
        open={asking === 'FULFILL'}
        title={t('requests.fulfilTitle')}
        label={t('requests.fulfilLabel')}
        help={t('requests.fulfilHelp')}
        okText={t('requests.actions.FULFILL')}
        optional
        limit={RESOURCE_LIMITS.fulfillmentNote}
        onCancel={() => setAsking(null)}
        onSubmit={async (note) => {
          await fulfil({ variables: { id: requestId, note: note === '' ? null : note } });
          setAsking(null);
          moved('FULFILL');
        }}
      />
    </>
  );
}
