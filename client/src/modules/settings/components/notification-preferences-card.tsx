import { useMutation, useQuery } from '@apollo/client/react';
import { App, Card, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_GROUPS } from '@yah/shared';
import { graphql } from '@/__generated__';
import type { NotificationDelivery, NotificationKind } from '@/__generated__/graphql';
import { errorMessage } from '@/app/errors';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      delivery
      allowed
    }
  }
`);

export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {
    setNotificationPreference(kind: $kind, delivery: $delivery) {
      kind
      delivery
      allowed
    }
  }
`);

/**
 * Settings: how each kind of notification reaches me — live, only in the daily digest, or (for news I can find
 * elsewhere) not at all — grouped as the shared vocabulary groups them.
 */
export function NotificationPreferencesCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, error, refetch } = useQuery(NotificationPreferencesQuery);
  const [save] = useMutation(SetNotificationPreferenceMutation, {
    update(cache, { data: saved }) {
      if (!saved) return;
      cache.updateQuery({ query: NotificationPreferencesQuery }, (current) =>
        current
          ? {
              notificationPreferences: current.notificationPreferences.map((row) =>
                row.kind === saved.setNotificationPreference.kind ? { ...row, ...saved.setNotificationPreference } : row,
              ),
            }
          : current,
      );
    },
  });

  const choose = async (kind: NotificationKind, delivery: NotificationDelivery) => {
    try {
      await save({ variables: { kind, delivery } });
      void message.success(t('notificationPreferences.saved', { kind: t(`enums.notificationKind.${kind}`), delivery: t(`notificationPreferences.delivery.${delivery}`) }));
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    }
  };

  let body;
  if (!data && error) body = <LoadErrorAlert error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else {
    const byKind = new Map(data.notificationPreferences.map((row) => [row.kind, row]));
    body = NOTIFICATION_GROUPS.map(({ group, kinds }) => (
      <fieldset key={group} className="preference-group">
        <legend>{t(`notificationPreferences.group.${group}`)}</legend>
        {kinds.map((kind) => {
          const row = byKind.get(kind);
          if (!row) return null;
          const id = `preference-${kind}`;
          return (
            <div key={kind} className="preference-row">
              <label htmlFor={id}>{t(`enums.notificationKind.${kind}`)}</label>
              <Select<NotificationDelivery>
                id={id}
                value={row.delivery}
                onChange={(delivery) => void choose(kind, delivery)}
                options={row.allowed.map((delivery) => ({ value: delivery, label: t(`notificationPreferences.delivery.${delivery}`) }))}
                style={{ width: 140 }}
                data-testid={id}
              />
            </div>
          );
        })}
      </fieldset>
    ));
  }

  return (
    <Card title={t('notificationPreferences.title')} data-testid="notification-preferences">
      <Typography.Paragraph type="secondary">{t('notificationPreferences.help')}</Typography.Paragraph>
      {body}
    </Card>
  );
}
