import { QrcodeOutlined, SearchOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Checkbox, Empty, Input, List, Modal, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventPage_EventFragment } from '@/__generated__/graphql';
import { refetchActive } from '@/app/apollo-client';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { CheckInMutation, UndoCheckInMutation } from '../check-in-mutations';
import { currentStop } from '../current-stop';
import { EventCheckInRosterQuery } from '../event-fragments';
import { formatCalendarDate } from '@/app/time/alliance-time';
import type { ScannedPass } from '../pass-link';
import { QrScanner } from './qr-scanner';

/** 签到: per stop, every placed participant with a box to tick, the scanner, and attendance per member. */
export function EventCheckInPanel({ event }: { event: EventPage_EventFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const { isEnglish, pick } = useLocalized();
  const stops = useMemo(() => event.days.flatMap((day) => day.stops), [event.days]);
  const [stopId, setStopId] = useState<string | null>(() => currentStop(stops)?.id ?? null);
  const [search, setSearch] = useState('');
  const [scanning, setScanning] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const { data, error, refetch, fetchMore } = useQuery(EventCheckInRosterQuery, { variables: { id: event.id } });
  const page = data?.event?.registrations.pageInfo;
  // The whole roster, page after page: the host ticks anyone on it.
  useEffect(() => {
    if (page?.hasNextPage && page.endCursor) void fetchMore({ variables: { after: page.endCursor } });
  }, [page?.hasNextPage, page?.endCursor, fetchMore]);
  const [checkIn] = useMutation(CheckInMutation);
  const [undo] = useMutation(UndoCheckInMutation);
  const stop = stops.find((candidate) => candidate.id === stopId) ?? null;

  const people = (data?.event?.registrations.nodes ?? [])
    .flatMap((registration) => registration.participants)
    .filter((participant) => participant.status === 'PLACED');
  const needle = search.trim().toLowerCase();
  const shown = needle
    ? people.filter((person) => `${person.name} ${person.member.nameZh} ${person.member.nameEn}`.toLowerCase().includes(needle))
    : people;
  const checkedHere = people.filter((person) => person.checkIns.some((entry) => entry.stop.id === stopId)).length;

  const afterChange = () => refetchActive(client, ['EventPage']);

  const onPass = async (pass: ScannedPass) => {
    if (pass.eventId && pass.eventId !== event.id) {
      void message.error(t('errors.reason.INVALID_PASS'));
      return;
    }
    try {
      const result = await checkIn({ variables: { eventId: event.id, pass: pass.token, stopId } });
      const entry = result.data?.checkIn;
      if (entry) void message.success(t('events.checkIn.done', { name: entry.participant.name }));
      afterChange();
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    }
  };

  const toggle = async (participantId: string, name: string, checkInId: string | null) => {
    setBusy(participantId);
    try {
      if (checkInId) {
        await undo({ variables: { id: checkInId } });
        void message.success(t('events.checkIn.undone', { name }));
        void refetch();
      } else {
        await checkIn({ variables: { eventId: event.id, participantId, stopId } });
        void message.success(t('events.checkIn.done', { name }));
      }
      afterChange();
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setBusy(null);
    }
  };

  if (stops.length === 0) return <Empty description={t('events.checkIn.noStops')} />;

  return (
    <div className="stack" data-testid="event-check-in">
      <Card size="small">
        <div className="events-toolbar" style={{ gap: 8 }}>
          <Select
            aria-label={t('events.checkIn.pickStop')}
            value={stopId ?? undefined}
            onChange={(value: string) => setStopId(value)}
            style={{ minWidth: 240, flex: '1 1 240px' }}
            options={event.days.map((day) => ({
              label: formatCalendarDate(day.date, isEnglish),
              options: day.stops.map((candidate) => ({
                value: candidate.id,
                label: `${candidate.startsAt} ${candidate.place} · ${candidate.activity}`,
              })),
            }))}
          />
          <Button type="primary" icon={<QrcodeOutlined aria-hidden />} onClick={() => setScanning(true)} disabled={!stop}>
            {t('events.scanner.open')}
          </Button>
        </div>
        {stop && (
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }} data-testid="check-in-count">
            {t('events.checkIn.count', { count: checkedHere, total: people.length })}
          </Typography.Paragraph>
        )}
      </Card>
      <Card size="small" title={t('events.checkIn.title')}>
        <Input
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t('events.checkIn.search')}
          aria-label={t('events.checkIn.search')}
          value={search}
          onChange={(changed) => setSearch(changed.target.value)}
          style={{ marginBottom: 8 }}
        />
        {error && !data ? (
          <LoadErrorAlert error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Skeleton active />
        ) : shown.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.checkIn.noParticipants')} />
        ) : (
          <List
            size="small"
            dataSource={shown}
            renderItem={(person) => {
              const here = person.checkIns.find((entry) => entry.stop.id === stopId) ?? null;
              return (
                <List.Item key={person.id}>
                  <label className="check-in-row" data-testid="check-in-row">
                    <span>
                      <Checkbox
                        checked={here !== null}
                        disabled={busy === person.id || !stop}
                        onChange={() => void toggle(person.id, person.name, here?.id ?? null)}
                      />{' '}
                      <strong>{person.name}</strong>{' '}
                      <Typography.Text type="secondary">{pick(person.member.nameZh, person.member.nameEn)}</Typography.Text>
                    </span>
                    {here && <Tag color="green">{here.method === 'QR' ? t('events.checkIn.byQr') : t('events.checkIn.byList')}</Tag>}
                  </label>
                </List.Item>
              );
            }}
          />
        )}
      </Card>
      <Card size="small" title={t('events.checkIn.attendance')}>
        <Table
          size="small"
          rowKey={(row) => row.member.id}
          pagination={false}
          dataSource={event.attendance}
          scroll={{ x: 480 }}
          columns={[
            { title: t('events.checkIn.attendanceMember'), width: 180, render: (_, row) => pick(row.member.nameZh, row.member.nameEn) },
            { title: t('events.checkIn.attendancePlaced'), dataIndex: 'placed', align: 'right' },
            { title: t('events.checkIn.attendanceWaitlisted'), dataIndex: 'waitlisted', align: 'right' },
            { title: t('events.checkIn.attendanceAttended'), dataIndex: 'attended', align: 'right' },
          ]}
        />
      </Card>
      <Modal open={scanning} title={t('events.scanner.title')} footer={null} onCancel={() => setScanning(false)} destroyOnHidden>
        <QrScanner active={scanning} onPass={(pass) => void onPass(pass)} />
      </Modal>
    </div>
  );
}
