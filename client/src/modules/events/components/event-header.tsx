import { CalendarOutlined, DownOutlined, EditOutlined, EnvironmentOutlined, FileExcelOutlined, PrinterOutlined, SendOutlined, StopOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Dropdown, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '@/__generated__';
import type { EventPage_EventFragment } from '@/__generated__/graphql';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { formatAllianceTime } from '@/app/time/alliance-time';
import { ReasonModal } from '@/modules/topics/components/reason-modal';
import { eventDates } from '../event-dates';
import { EventPhaseTag } from './event-phase-tag';

export const PublishEventMutation = graphql(`
  mutation PublishEvent($id: ID!) {
    publishEvent(id: $id) {
      id
      ...EventPage_event
    }
  }
`);

export const CancelEventMutation = graphql(`
  mutation CancelEvent($id: ID!, $reason: String!) {
    cancelEvent(id: $id, reason: $reason) {
      id
      ...EventPage_event
    }
  }
`);

/** The event's title, phase, when and where, and what the viewer may do with it (edit, publish, cancel, roster). */
export function EventHeader({ event }: { event: EventPage_EventFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { isEnglish, pick } = useLocalized();
  const [cancelling, setCancelling] = useState(false);
  const [publish, { loading: publishing }] = useMutation(PublishEventMutation);
  const [cancel] = useMutation(CancelEventMutation);
  const may = new Set(event.viewerActions);

  const onPublish = async () => {
    try {
      await publish({ variables: { id: event.id } });
      void message.success(t('events.published'));
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  return (
    <header className="event-header">
      <Space size={[4, 4]} wrap>
        <EventPhaseTag phase={event.phase} />
        <Tag>{t(`enums.eventKind.${event.kind}`)}</Tag>
      </Space>
      <Typography.Title level={1} style={{ fontSize: 24, margin: '8px 0' }} className="event-card-title">
        {event.title}
      </Typography.Title>
      <div className="event-card-meta">
        <span>
          <CalendarOutlined aria-hidden /> {eventDates(t, event.startsOn, event.endsOn, isEnglish)}
        </span>
        <span>
          <EnvironmentOutlined aria-hidden /> {event.place}
        </span>
        <span>
          <TeamOutlined aria-hidden /> {t('events.host', { member: pick(event.host.nameZh, event.host.nameEn) })}
        </span>
        <span data-testid="event-deadline">{t('events.deadline', { time: formatAllianceTime(event.registrationClosesAt, isEnglish) })}</span>
      </div>
      <Space wrap className="event-actions no-print" style={{ marginTop: 12 }}>
        {may.has('PUBLISH') && (
          <Popconfirm title={t('events.confirmPublish')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={onPublish}>
            <Button type="primary" icon={<SendOutlined aria-hidden />} loading={publishing}>
              {t('events.actions.PUBLISH')}
            </Button>
          </Popconfirm>
        )}
        {may.has('EDIT') && (
          <LinkButton icon={<EditOutlined aria-hidden />} to={`/events/${event.id}/edit`}>
            {t('events.actions.EDIT')}
          </LinkButton>
        )}
        {may.has('EXPORT_ROSTER') && (
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                {
                  key: 'xlsx',
                  icon: <FileExcelOutlined aria-hidden />,
                  label: (
                    <a href={`/exports/events/${event.id}/roster.xlsx`} download>
                      {t('events.roster.exportXlsx')}
                    </a>
                  ),
                },
                {
                  key: 'csv',
                  icon: <FileExcelOutlined aria-hidden />,
                  label: (
                    <a href={`/exports/events/${event.id}/roster.csv`} download>
                      {t('events.roster.exportCsv')}
                    </a>
                  ),
                },
                { type: 'divider' },
                { key: 'badges', icon: <PrinterOutlined aria-hidden />, label: <Link to={`/events/${event.id}/print/badges`}>{t('events.roster.printBadges')}</Link> },
                { key: 'sign-in', icon: <PrinterOutlined aria-hidden />, label: <Link to={`/events/${event.id}/print/sign-in`}>{t('events.roster.printSignIn')}</Link> },
              ],
            }}
          >
            <Button icon={<PrinterOutlined aria-hidden />}>
              {t('events.roster.menu')} <DownOutlined aria-hidden />
            </Button>
          </Dropdown>
        )}
        {may.has('CANCEL') && (
          <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setCancelling(true)}>
            {t('events.actions.CANCEL')}
          </Button>
        )}
      </Space>
      <ReasonModal
        open={cancelling}
        title={t('events.cancelTitle')}
        label={t('events.cancelReason')}
        help={t('events.cancelHelp')}
        okText={t('events.actions.CANCEL')}
        danger
        limit={{ min: 2, max: 500 }}
        onCancel={() => setCancelling(false)}
        onSubmit={async (reason) => {
          await cancel({ variables: { id: event.id, reason } });
          setCancelling(false);
          void message.success(t('events.cancelled'));
        }}
      />
    </header>
  );
}
