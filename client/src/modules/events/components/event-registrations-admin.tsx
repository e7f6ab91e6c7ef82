import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '@/__generated__';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { EventRegistrationFragment, EventRegistrationsQuery } from '../event-fragments';

export const ConfirmRegistrationMutation = graphql(`
  mutation ConfirmRegistration($id: ID!) {
    confirmRegistration(id: $id) {
      id
      ...EventRegistration_registration
    }
  }
`);

/** For the host's staff and the secretariat: every member's registration, with its people, to confirm. */
export function EventRegistrationsAdmin({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { pick } = useLocalized();
  const { data, error, refetch } = useQuery(EventRegistrationsQuery, { variables: { id: eventId, first: 100 } });
  const [confirm, { loading: confirming }] = useMutation(ConfirmRegistrationMutation);
  const connection = data?.event?.registrations;
  const registrations = (connection?.nodes ?? []).map((node) => getFragmentData(EventRegistrationFragment, node));
  return (
    <Card size="small" title={t('events.registration.all')} extra={connection && <Typography.Text type="secondary">{connection.totalCount}</Typography.Text>}>
      {error && !connection ? (
        <LoadErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <Skeleton active />
      ) : registrations.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.registration.allEmpty')} />
      ) : (
        <List
          dataSource={registrations}
          renderItem={(registration) => {
            const memberName = pick(registration.member.nameZh, registration.member.nameEn);
            return (
              <List.Item key={registration.id} data-testid="admin-registration">
                <div style={{ width: '100%' }}>
                  <div className="event-person-row">
                    <strong>{memberName}</strong>
                    <Space size={4} wrap>
                      <Tag color={registration.status === 'CONFIRMED' ? 'green' : 'gold'}>{t(`enums.registrationStatus.${registration.status}`)}</Tag>
                      {registration.viewerActions.includes('CONFIRM') && (
                        <Button
                          size="small"
                          type="primary"
                          icon={<CheckOutlined aria-hidden />}
                          loading={confirming}
                          onClick={async () => {
                            try {
                              await confirm({ variables: { id: registration.id } });
                              void message.success(t('events.registration.confirmed', { member: memberName }));
                            } catch (failure) {
                              void message.error(errorMessage(failure, t));
                            }
                          }}
                        >
                          {t('events.registration.confirm')}
                        </Button>
                      )}
                    </Space>
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {registration.participants
                      .map((participant) =>
                        participant.status === 'WAITLISTED'
                          ? `${participant.name}${pick('（', ' (')}${t('events.registration.waitlistPosition', { n: participant.waitlistPosition ?? 0 })}${pick('）', ')')}`
                          : participant.name,
                      )
                      .join(pick('、', ', '))}
                  </Typography.Text>
                </div>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
