import { DeleteOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, Form, Input, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_LIMITS } from '@yah/shared';
import { graphql, getFragmentData } from '@/__generated__';
import type { EventPage_EventFragment, EventRegistration_RegistrationFragment } from '@/__generated__/graphql';
import { useViewer } from '@/app/auth/viewer';
import { errorMessage, readProblem } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { formatAllianceTime } from '@/app/time/alliance-time';
import { EventRegistrationFragment } from '../event-fragments';
import { participantTitle } from '../participant-title';
import { useLocalizedForm } from '@/app/use-localized-form';

export const RegisterForEventMutation = graphql(`
  mutation RegisterForEvent($eventId: ID!, $participantIds: [ID!]!, $guests: [GuestInput!], $joinWaitlist: Boolean) {
    registerForEvent(eventId: $eventId, participantIds: $participantIds, guests: $guests, joinWaitlist: $joinWaitlist) {
      id
      ...EventRegistration_registration
      event {
        id
        ...EventPage_event
      }
    }
  }
`);

export const WithdrawParticipantMutation = graphql(`
  mutation WithdrawParticipant($participantId: ID!) {
    withdrawParticipant(participantId: $participantId) {
      id
      ...EventRegistration_registration
      event {
        id
        ...EventPage_event
      }
    }
  }
`);

export const WithdrawRegistrationMutation = graphql(`
  mutation WithdrawRegistration($id: ID!) {
    withdrawRegistration(id: $id) {
      id
      ...EventRegistration_registration
      event {
        id
        ...EventPage_event
      }
    }
  }
`);

export const RegistrableAccountsQuery = graphql(`
  query RegistrableAccounts($eventId: ID!) {
    event(id: $eventId) {
      id
      registrableAccounts {
        id
        displayName
        role
      }
    }
  }
`);

/** Who may still be sent changes with every registration move: refetched (when shown) after each. */
const REGISTRABLE = 'RegistrableAccounts';

interface Guest {
  name: string;
  title?: string;
}

interface RegisterValues {
  accounts?: string[];
  guests?: Guest[];
}

/** One person of a registration, with their state and (for the registrant) a way out. */
export function ParticipantLine({
  participant,
  canWithdraw,
}: {
  participant: EventRegistration_RegistrationFragment['participants'][number];
  canWithdraw: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [withdraw, { loading }] = useMutation(WithdrawParticipantMutation, { refetchQueries: [REGISTRABLE] });
  return (
    <div className="event-person-row" data-testid="event-participant">
      <span>
        <strong>{participant.name}</strong>
        {participantTitle(t, participant) && <Typography.Text type="secondary"> · {participantTitle(t, participant)}</Typography.Text>}
        {!participant.user && <Tag style={{ marginLeft: 8 }}>{t('events.registration.guest')}</Tag>}
      </span>
      <Space size={4} wrap>
        {participant.status === 'WAITLISTED' ? (
          <Tag color="orange">{t('events.registration.waitlistPosition', { n: participant.waitlistPosition ?? 0 })}</Tag>
        ) : (
          <Tag color={participant.status === 'PLACED' ? 'green' : 'default'}>{t(`enums.participantStatus.${participant.status}`)}</Tag>
        )}
        {canWithdraw && (
          <Popconfirm
            title={t('events.registration.confirmWithdrawPerson', { name: participant.name })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={async () => {
              try {
                await withdraw({ variables: { participantId: participant.id } });
              } catch (error) {
                void message.error(errorMessage(error, t));
              }
            }}
          >
            <Button size="small" loading={loading} aria-label={t('events.registration.withdrawPerson', { name: participant.name })}>
              {t('events.registration.withdraw')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    </div>
  );
}

/** 报名: the viewer's member's registration — who is in, adding people (accounts and guests), the waiting list, withdrawing. */
export function EventRegistrationPanel({ event }: { event: EventPage_EventFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const viewer = useViewer();
  const { isEnglish } = useLocalized();
  const [form] = useLocalizedForm<RegisterValues>();
  const [full, setFull] = useState<RegisterValues | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [register, { loading: registering }] = useMutation(RegisterForEventMutation, { refetchQueries: [REGISTRABLE] });
  const [withdrawAll, { loading: withdrawing }] = useMutation(WithdrawRegistrationMutation, { refetchQueries: [REGISTRABLE] });
  const registration = event.viewerRegistration ? getFragmentData(EventRegistrationFragment, event.viewerRegistration) : null;
  const canRegister = event.viewerActions.includes('REGISTER');
  // The server lists the member's active accounts not yet sent (editors and chief editors alike).
  const accounts = useQuery(RegistrableAccountsQuery, { variables: { eventId: event.id }, skip: !canRegister, fetchPolicy: 'cache-and-network' });
  const options = (accounts.data?.event?.registrableAccounts ?? []).map((account) => ({
    value: account.id,
    label: `${account.displayName}${account.id === viewer.id ? t('events.registration.me') : ''} · ${t(`enums.role.${account.role}`)}`,
  }));
  const mayChange = registration?.viewerActions.includes('CHANGE') ?? false;
  const mayWithdraw = registration?.viewerActions.includes('WITHDRAW') ?? false;

  const send = async (values: RegisterValues, joinWaitlist: boolean) => {
    const participantIds = values.accounts ?? [];
    const guests = (values.guests ?? [])
      .filter((guest) => guest.name?.trim())
      .map((guest) => ({ name: guest.name.trim(), ...(guest.title?.trim() ? { title: guest.title.trim() } : {}) }));
    if (participantIds.length === 0 && guests.length === 0) {
      setFailure(t('events.registration.nobody'));
      return;
    }
    setFailure(null);
    try {
      await register({ variables: { eventId: event.id, participantIds, guests, joinWaitlist } });
      form.resetFields();
      setFull(null);
      void message.success(joinWaitlist ? t('events.registration.joinedWaitlist') : t('events.registration.submitted'));
    } catch (error) {
      const problem = readProblem(error);
      if (problem.reason === 'EVENT_FULL' && !joinWaitlist) {
        setFull(values);
        return;
      }
      setFull(null);
      setFailure(errorMessage(error, t));
    }
  };

  let notice: string | null = null;
  if (!canRegister && !registration) {
    if (event.status === 'DRAFT') notice = t('events.registration.notOpen');
    else if (event.phase !== 'REGISTRATION_OPEN') notice = t('events.registration.closed', { time: formatAllianceTime(event.registrationClosesAt, isEnglish) });
    else if (!event.viewerInvited) notice = t('events.registration.notInvited');
    else notice = t('events.registration.signInToRegister');
  }

  return (
    <div className="stack" data-testid="event-registration">
      <Card
        size="small"
        title={t('events.registration.title')}
        extra={
          registration && (
            <Tag color={registration.status === 'CONFIRMED' ? 'green' : 'gold'} data-testid="registration-status">
              {t(`enums.registrationStatus.${registration.status}`)}
            </Tag>
          )
        }
      >
        {registration ? (
          <>
            <Typography.Paragraph type="secondary" data-testid="member-places">
              {t('events.registration.memberPlaces', { used: event.viewerMemberPlaces, total: event.placesPerMember })}
            </Typography.Paragraph>
            <List
              size="small"
              dataSource={registration.participants}
              renderItem={(participant) => (
                <List.Item key={participant.id}>
                  <ParticipantLine participant={participant} canWithdraw={mayChange} />
                </List.Item>
              )}
            />
            {registration.registeredBy && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                {t('events.registration.registeredBy', { name: registration.registeredBy.displayName })}
                {registration.confirmedAt && registration.confirmedBy
                  ? ` · ${t('events.registration.confirmedBy', {
                      name: registration.confirmedBy.displayName,
                      time: formatAllianceTime(registration.confirmedAt, isEnglish),
                    })}`
                  : ''}
              </Typography.Paragraph>
            )}
            {mayWithdraw && (
              <Popconfirm
                title={t('events.registration.confirmWithdrawAll')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={async () => {
                  try {
                    await withdrawAll({ variables: { id: registration.id } });
                  } catch (error) {
                    void message.error(errorMessage(error, t));
                  }
                }}
              >
                <Button danger size="small" loading={withdrawing} style={{ marginTop: 8 }}>
                  {t('events.registration.withdrawAll')}
                </Button>
              </Popconfirm>
            )}
          </>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={notice ?? t('events.registration.none')} />
        )}
      </Card>
      {canRegister && (
        <Card size="small" title={t('events.registration.addPeople')}>
          <Typography.Paragraph type="secondary">
            {t('events.registration.memberPlaces', { used: event.viewerMemberPlaces, total: event.placesPerMember })}
          </Typography.Paragraph>
          <Form form={form} layout="vertical" onFinish={(values) => void send(values, false)} onValuesChange={() => setFailure(null)}>
            <Form.Item name="accounts" label={t('events.registration.accounts')}>
              <Select
                mode="multiple"
                options={options}
                loading={accounts.loading}
                placeholder={t('events.registration.accountsPlaceholder')}
                optionFilterProp="label"
                maxCount={EVENT_LIMITS.participantsPerRequest.max}
                data-testid="register-accounts"
              />
            </Form.Item>
            <Form.List name="guests">
              {(fields, { add, remove }) => (
                <div className="event-guests" role="group" aria-labelledby="event-guests-label">
                  <div id="event-guests-label" className="event-guests-label">
                    {t('events.registration.guests')}
                  </div>
                  {fields.map((field, index) => (
                    <div className="event-guest-row" key={field.key}>
                      <Form.Item
                        name={[field.name, 'name']}
                        rules={[{ required: true, whitespace: true, message: t('form.requiredField') }, { max: EVENT_LIMITS.guestName.max }]}
                        style={{ margin: 0 }}
                      >
                        <Input placeholder={t('events.registration.guestName')} aria-label={t('events.registration.guestName')} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'title']} rules={[{ max: EVENT_LIMITS.guestTitle.max }]} style={{ margin: 0 }}>
                        <Input placeholder={t('events.registration.guestTitle')} aria-label={t('events.registration.guestTitle')} />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined aria-hidden />}
                        aria-label={t('events.registration.removeGuest', { n: index + 1 })}
                        onClick={() => remove(field.name)}
                      />
                    </div>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', title: '' })}>
                    {t('events.registration.addGuest')}
                  </Button>
                </div>
              )}
            </Form.List>
            {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ margin: '12px 0' }} />}
            {full && (
              <Alert
                type="warning"
                showIcon
                role="alert"
                data-testid="event-full"
                title={t('errors.reason.EVENT_FULL')}
                action={
                  <Button type="primary" size="small" loading={registering} onClick={() => void send(full, true)}>
                    {t('events.registration.joinWaitlist')}
                  </Button>
                }
                style={{ margin: '12px 0' }}
              />
            )}
            <Button type="primary" htmlType="submit" icon={<UserAddOutlined aria-hidden />} loading={registering} style={{ marginTop: 12 }}>
              {t('events.registration.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </div>
  );
}
