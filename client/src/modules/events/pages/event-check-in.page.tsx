import { CheckCircleFilled, QrcodeOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Form, Modal, Result, Select, Skeleton, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { graphql } from '@/__generated__';
import { errorMessage, readProblem } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { formatAllianceTime } from '@/app/time/alliance-time';
import { CheckInMutation } from '../check-in-mutations';
import { participantTitle } from '../participant-title';
import { QrScanner } from '../components/qr-scanner';
import { allianceToday, formatCalendarDate } from '@/app/time/alliance-time';
import { passUrl } from '../pass-link';
import '../events.css';

export const EventCheckInPageQuery = graphql(`
  query EventCheckInPage($id: ID!) {
    event(id: $id) {
      id
      title
      viewerActions
      days {
        date
        stops {
          id
          day
          startsAt
          place
          activity
        }
      }
    }
  }
`);

/**
 * `/events/:id/check-in?pass=…` — what the host's phone opens after scanning a participant's pass with its camera app:
 * the host's staff see who it is and the check-in result; anyone else is told who checks people in.
 */
export function EventCheckInPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const pass = params.get('pass') ?? '';
  const navigate = useNavigate();
  const { t } = useTranslation();
  const { isEnglish, pick } = useLocalized();
  const [scanning, setScanning] = useState(false);
  const { data, error, refetch } = useQuery(EventCheckInPageQuery, { variables: { id } });
  const [checkIn, result] = useMutation(CheckInMutation);
  const attempted = useRef<string | null>(null);
  const [stopId, setStopId] = useState<string | null>(null);
  const event = data?.event;
  const staff = event?.viewerActions.includes('CHECK_IN') ?? false;
  const stops = event?.days.flatMap((day) => day.stops) ?? [];
  // On a day of the itinerary the server checks in at the current stop; on another day the host names the stop.
  const stopToday = stops.some((stop) => stop.day === allianceToday());

  useEffect(() => {
    if (!staff || !pass || !stopToday || attempted.current === pass) return;
    attempted.current = pass;
    checkIn({ variables: { eventId: id, pass } }).catch(() => undefined);
  }, [staff, pass, stopToday, id, checkIn]);

  const checkInAt = () => {
    if (!stopId) return;
    attempted.current = pass;
    checkIn({ variables: { eventId: id, pass, stopId } }).catch(() => undefined);
  };

  let body;
  if (error && !data) {
    body =
      readProblem(error).code === 'NOT_FOUND' ? (
        <Result status="404" title={t('events.notFound')} />
      ) : (
        <LoadErrorAlert error={error} onRetry={() => void refetch()} />
      );
  } else if (!data) {
    body = <Skeleton active />;
  } else if (!event) {
    body = <Result status="404" title={t('events.notFound')} />;
  } else if (!pass) {
    body = <Alert type="error" showIcon title={t('events.checkInPage.noPass')} />;
  } else if (!staff) {
    body = <Alert type="info" showIcon title={t('events.checkInPage.notStaff')} data-testid="check-in-not-staff" />;
  } else if (result.error) {
    const problem = readProblem(result.error);
    body = (
      <Alert
        type={problem.reason === 'ALREADY_CHECKED_IN' ? 'warning' : 'error'}
        showIcon
        data-testid="check-in-failed"
        title={problem.reason === 'ALREADY_CHECKED_IN' ? t('events.checkInPage.already') : t('events.checkInPage.failed')}
        description={errorMessage(result.error, t)}
      />
    );
  } else if (result.data) {
    const entry = result.data.checkIn;
    body = (
      <div className="check-in-result" data-testid="check-in-success">
        <CheckCircleFilled style={{ fontSize: 64, color: '#52c41a' }} aria-hidden />
        <Typography.Title level={2} style={{ margin: '12px 0 4px' }}>
          {t('events.checkInPage.success')}
        </Typography.Title>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="check-in-who">
          {t('events.checkInPage.who', { name: entry.participant.name, member: pick(entry.participant.member.nameZh, entry.participant.member.nameEn) })}
        </Typography.Title>
        {participantTitle(t, entry.participant) && <Typography.Paragraph type="secondary">{participantTitle(t, entry.participant)}</Typography.Paragraph>}
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {t('events.checkInPage.stop', {
            stop: `${formatCalendarDate(entry.stop.day, isEnglish)} ${entry.stop.startsAt} ${entry.stop.place} · ${entry.stop.activity}`,
          })}
          <br />
          {t('events.checkInPage.time', { time: formatAllianceTime(entry.checkedInAt, isEnglish) })}
        </Typography.Paragraph>
      </div>
    );
  } else if (!stopToday && !result.loading) {
    body =
      stops.length === 0 ? (
        <Alert type="warning" showIcon title={t('events.checkIn.noStops')} />
      ) : (
        <Form layout="vertical" onFinish={checkInAt} data-testid="check-in-pick-stop">
          <Typography.Paragraph type="secondary">{t('events.checkInPage.noStopToday')}</Typography.Paragraph>
          <Form.Item label={t('events.checkIn.pickStop')} htmlFor="check-in-stop">
            <Select
              id="check-in-stop"
              value={stopId ?? undefined}
              onChange={(value: string) => setStopId(value)}
              placeholder={t('events.checkIn.pickStop')}
              options={stops.map((stop) => ({
                value: stop.id,
                label: `${formatCalendarDate(stop.day, isEnglish)} ${stop.startsAt} ${stop.place}`,
              }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" disabled={!stopId}>
            {t('events.scanner.submit')}
          </Button>
        </Form>
      );
  } else {
    body = <Skeleton active paragraph={{ rows: 3 }} title={{ width: '60%' }} />;
  }

  return (
    <div className="page check-in-page">
      <Card
        title={
          <h1 className="card-heading">{event ? `${t('events.checkInPage.title')} · ${event.title}` : t('events.checkInPage.title')}</h1>
        }
      >
        {body}
        <div className="print-toolbar" style={{ marginTop: 16, marginBottom: 0, justifyContent: 'center' }}>
          {staff && (
            <Button type="primary" icon={<QrcodeOutlined aria-hidden />} onClick={() => setScanning(true)}>
              {t('events.checkInPage.scanNext')}
            </Button>
          )}
          <LinkButton to={`/events/${id}${staff ? '?tab=check-in' : ''}`}>{t('events.checkInPage.backToEvent')}</LinkButton>
        </div>
      </Card>
      <Modal open={scanning} title={t('events.scanner.title')} footer={null} onCancel={() => setScanning(false)} destroyOnHidden>
        <QrScanner
          active={scanning}
          onPass={(next) => {
            setScanning(false);
            const target = new URL(passUrl(window.location.origin, next.eventId ?? id, next.token));
            void navigate(`${target.pathname}${target.search}`);
          }}
        />
      </Modal>
    </div>
  );
}
