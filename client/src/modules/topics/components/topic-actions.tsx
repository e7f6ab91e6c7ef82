import {
  CheckOutlined,
  CloseCircleOutlined,
  EditOutlined,
  FlagOutlined,
  PlayCircleOutlined,
  SendOutlined,
  StopOutlined,
  UserAddOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_LIMITS } from '@yah/shared';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import type { TopicAction } from '@/__generated__/graphql';
import { errorMessage } from '@/app/errors';
import { LinkButton } from '@/app/layout/link-button';
import { offeredTopicActions } from '../topic-actions';
import { InviteCoSponsorsModal } from './invite-co-sponsors-modal';
import { ReasonModal } from './reason-modal';

export const TopicActionsFragment = graphql(`
  fragment TopicActions_topic on Topic {
    id
    title
    state
    viewerActions
    proposer {
      id
    }
    coSponsors {
      member {
        id
      }
    }
  }
`);

/** What every state change returns: enough for the header, the actions and the co-sponsor list to redraw. */
export const TopicAfterActionFragment = graphql(`
  fragment TopicAfterAction_topic on Topic {
    id
    state
    version
    updatedAt
    viewerActions
    rejectionReason
    cancelReason
    coSponsors {
      status
      invitedAt
      joinedAt
      member {
        id
        nameZh
        nameEn
        cityZh
        cityEn
      }
    }
  }
`);

export const ProposeTopicMutation = graphql(`
  mutation ProposeTopic($id: ID!) {
    proposeTopic(id: $id) {
      id
      ...TopicAfterAction_topic
    }
  }
`);
export const ApproveTopicMutation = graphql(`
  mutation ApproveTopic($id: ID!) {
    approveTopic(id: $id) {
      id
      ...TopicAfterAction_topic
    }
  }
`);
export const RejectTopicMutation = graphql(`
  mutation RejectTopic($id: ID!, $reason: String!) {
    rejectTopic(id: $id, reason: $reason) {
      id
      ...TopicAfterAction_topic
    }
  }
`);
export const StartTopicMutation = graphql(`
  mutation StartTopic($id: ID!) {
    startTopic(id: $id) {
      id
      ...TopicAfterAction_topic
    }
  }
`);
export const CompleteTopicMutation = graphql(`
  mutation CompleteTopic($id: ID!) {
    completeTopic(id: $id) {
      id
      ...TopicAfterAction_topic
    }
  }
`);
export const CancelTopicMutation = graphql(`
  mutation CancelTopic($id: ID!, $reason: String!) {
    cancelTopic(id: $id, reason: $reason) {
      id
      ...TopicAfterAction_topic
    }
  }
`);
export const JoinTopicMutation = graphql(`
  mutation JoinTopic($id: ID!) {
    joinTopic(id: $id) {
      id
      ...TopicAfterAction_topic
    }
  }
`);

type SimpleAction = 'PROPOSE' | 'APPROVE' | 'START' | 'COMPLETE' | 'JOIN';

const ICONS: Partial<Record<TopicAction, ReactNode>> = {
  PROPOSE: <SendOutlined aria-hidden />,
  APPROVE: <CheckOutlined aria-hidden />,
  START: <PlayCircleOutlined aria-hidden />,
  COMPLETE: <FlagOutlined aria-hidden />,
  JOIN: <UserAddOutlined aria-hidden />,
  INVITE: <UsergroupAddOutlined aria-hidden />,
  EDIT: <EditOutlined aria-hidden />,
  REJECT: <CloseCircleOutlined aria-hidden />,
  CANCEL: <StopOutlined aria-hidden />,
};

/** The header's buttons: exactly the server's `viewerActions` that the state machine allows now. */
export function TopicActions({ topic: ref }: { topic: FragmentType<typeof TopicActionsFragment> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const topic = getFragmentData(TopicActionsFragment, ref);
  const [dialog, setDialog] = useState<'REJECT' | 'CANCEL' | 'INVITE' | null>(null);
  const [busy, setBusy] = useState<TopicAction | null>(null);

  const [propose] = useMutation(ProposeTopicMutation);
  const [approve] = useMutation(ApproveTopicMutation);
  const [reject] = useMutation(RejectTopicMutation);
  const [start] = useMutation(StartTopicMutation);
  const [complete] = useMutation(CompleteTopicMutation);
  const [cancel] = useMutation(CancelTopicMutation);
  const [join] = useMutation(JoinTopicMutation);

  const actions = offeredTopicActions(topic.state, topic.viewerActions);
  const variables = { id: topic.id };

  const run = async (action: SimpleAction) => {
    setBusy(action);
    try {
      if (action === 'PROPOSE') await propose({ variables });
      if (action === 'APPROVE') await approve({ variables });
      if (action === 'START') await start({ variables });
      if (action === 'COMPLETE') await complete({ variables });
      if (action === 'JOIN') await join({ variables });
      void message.success(t(`topicPage.done.${action}`));
    } catch (error) {
      void message.error(errorMessage(error, t));
    } finally {
      setBusy(null);
    }
  };

  const simple = (action: SimpleAction, primary: boolean) => {
    const button = (
      <Button
        key={action}
        type={primary ? 'primary' : 'default'}
        icon={ICONS[action]}
        loading={busy === action}
        disabled={busy !== null && busy !== action}
        onClick={action === 'COMPLETE' ? undefined : () => void run(action)}
      >
        {t(`enums.topicAction.${action}`)}
      </Button>
    );
    if (action !== 'COMPLETE') return button;
    return (
      <Popconfirm
        key={action}
        title={t('topicPage.confirmComplete')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={() => run(action)}
      >
        {button}
      </Popconfirm>
    );
  };

  const buttons: ReactNode[] = [];
  let primaryUsed = false;
  for (const action of actions) {
    switch (action) {
      case 'PROPOSE':
      case 'APPROVE':
      case 'START':
      case 'COMPLETE':
      case 'JOIN':
        buttons.push(simple(action, !primaryUsed));
        primaryUsed = true;
        break;
      case 'INVITE':
      case 'REJECT':
      case 'CANCEL':
        buttons.push(
          <Button key={action} icon={ICONS[action]} danger={action !== 'INVITE'} onClick={() => setDialog(action)}>
            {t(`enums.topicAction.${action}`)}
          </Button>,
        );
        break;
      case 'EDIT':
        buttons.push(
          <LinkButton key={action} icon={ICONS.EDIT} to={`/topics/${topic.id}/edit`}>
            {t('enums.topicAction.EDIT')}
          </LinkButton>,
        );
        break;
      default:
        // ADD_ASSIGNMENT and COMMENT live in their own sections of the page.
        break;
    }
  }

  const excluded = [topic.proposer.id, ...topic.coSponsors.map((coSponsor) => coSponsor.member.id)];

  return (
    <>
      {buttons.length > 0 && (
        <Space wrap data-testid="topic-actions" aria-label={t('topicPage.actions')}>
          {buttons}
        </Space>
      )}
      <ReasonModal
        open={dialog === 'REJECT'}
        title={t('topicPage.rejectTitle', { title: topic.title })}
        label={t('topicPage.reason')}
        help={t('topicPage.rejectHelp')}
        okText={t('enums.topicAction.REJECT')}
        danger
        limit={COVERAGE_LIMITS.reason}
        onCancel={() => setDialog(null)}
        onSubmit={async (reason) => {
          await reject({ variables: { id: topic.id, reason } });
          setDialog(null);
          void message.success(t('topicPage.done.REJECT'));
        }}
      />
      <ReasonModal
        open={dialog === 'CANCEL'}
        title={t('topicPage.cancelTitle', { title: topic.title })}
        label={t('topicPage.reason')}
        help={t('topicPage.cancelHelp')}
        okText={t('enums.topicAction.CANCEL')}
        danger
        limit={COVERAGE_LIMITS.reason}
        onCancel={() => setDialog(null)}
        onSubmit={async (reason) => {
          await cancel({ variables: { id: topic.id, reason } });
          setDialog(null);
          void message.success(t('topicPage.done.CANCEL'));
        }}
      />
      <InviteCoSponsorsModal
        open={dialog === 'INVITE'}
        topicId={topic.id}
        excludeIds={excluded}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
