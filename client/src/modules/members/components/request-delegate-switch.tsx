import { useMutation } from '@apollo/client/react';
import { App, Switch, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql } from '@/__generated__';
import { errorMessage } from '@/app/errors';

export const SetResourceRequestDelegateMutation = graphql(`
  mutation SetResourceRequestDelegate($userId: ID!, $delegated: Boolean!) {
    setResourceRequestDelegate(userId: $userId, delegated: $delegated) {
      id
      decidesResourceRequests
    }
  }
`);

export interface RequestDelegateSwitchProps {
  user: { id: string; displayName: string; decidesResourceRequests: boolean };
  /** Only the member's chief editor delegates; others see the setting. */
  canChange: boolean;
}

/** "可审批资源申请" on an editor's account: the chief editor lets the editor decide the member's resource requests. */
export function RequestDelegateSwitch({ user, canChange }: RequestDelegateSwitchProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [setDelegate, { loading }] = useMutation(SetResourceRequestDelegateMutation);

  const toggle = async (delegated: boolean) => {
    try {
      await setDelegate({ variables: { userId: user.id, delegated } });
      void message.success(t(delegated ? 'delegation.granted' : 'delegation.revoked', { name: user.displayName }));
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  const control = (
    <Switch
      size="small"
      checked={user.decidesResourceRequests}
      loading={loading}
      disabled={!canChange}
      aria-label={`${t('delegation.column')} · ${user.displayName}`}
      onChange={(checked) => void toggle(checked)}
    />
  );
  return <Tooltip title={canChange ? t('delegation.help') : t('delegation.onlyChief')}>{control}</Tooltip>;
}
