import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery, useSubscription } from '@apollo/client/react';
import { Result, Skeleton, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { graphql, getFragmentData } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { readProblem } from '@/app/errors';
import { LinkButton } from '@/app/layout/link-button';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { EventCheckInPanel } from '../components/event-check-in-panel';
import { EventHeader } from '../components/event-header';
import { EventItinerary } from '../components/event-itinerary';
import { EventOverview } from '../components/event-overview';
import { EventPass } from '../components/event-pass';
import { EventRegistrationPanel } from '../components/event-registration-panel';
import { EventRegistrationsAdmin } from '../components/event-registrations-admin';
import { EventReportPanel } from '../components/event-report-panel';
import { EventPageFragment } from '../event-fragments';
import '../events.css';

export const EventPageQuery = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      id
      ...EventPage_event
    }
  }
`);

export const EventChangedSubscription = graphql(`
  subscription EventChanged($eventId: ID!) {
    eventChanged(eventId: $eventId) {
      eventId
      event {
        id
        ...EventPage_event
      }
    }
  }
`);

type TabKey = 'overview' | 'itinerary' | 'registration' | 'check-in' | 'pass' | 'report';

function BackLink() {
  const { t } = useTranslation();
  return (
    <LinkButton type="link" icon={<ArrowLeftOutlined aria-hidden />} to="/events" style={{ paddingLeft: 0 }} className="no-print">
      {t('events.title')}
    </LinkButton>
  );
}

/** `/events/:id?tab=…` — one event: overview, itinerary, registration, check-in, the viewer's pass, the output. Live. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(EventPageQuery, { variables: { id } });
  // Each change carries the event as the viewer may see it now: Apollo writes it under Event:<id>.
  useSubscription(EventChangedSubscription, { variables: { eventId: id }, onError: () => undefined });

  if (!data && loading) {
    return (
      <div className="page">
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  }
  if (!data?.event) {
    return (
      <div className="page">
        <BackLink />
        {data || readProblem(error).code === 'NOT_FOUND' ? (
          <Result status="404" title={t('events.notFound')} />
        ) : (
          <LoadErrorAlert error={error} onRetry={() => void refetch()} />
        )}
      </div>
    );
  }

  const event = getFragmentData(EventPageFragment, data.event);
  const may = new Set(event.viewerActions);
  const staff = may.has('MANAGE_REGISTRATIONS') || may.has('CHECK_IN') || may.has('EXPORT_ROSTER');
  const items: { key: TabKey; label: string; children: ReactNode }[] = [
    { key: 'overview', label: t('events.sections.overview'), children: <EventOverview event={event} /> },
    { key: 'itinerary', label: t('events.sections.itinerary'), children: <EventItinerary days={event.days} showCheckIns={staff} /> },
    {
      key: 'registration',
      label: t('events.sections.registration'),
      children: (
        <div className="stack">
          <EventRegistrationPanel event={event} />
          {staff && event.status !== 'DRAFT' && <EventRegistrationsAdmin eventId={event.id} />}
        </div>
      ),
    },
  ];
  if (may.has('CHECK_IN')) items.push({ key: 'check-in', label: t('events.sections.checkIn'), children: <EventCheckInPanel event={event} /> });
  if (event.viewerPass) {
    items.push({
      key: 'pass',
      label: t('events.sections.pass'),
      children: (
        <div className="stack">
          <EventPass eventId={event.id} token={event.viewerPass.token} name={viewer.displayName} eventTitle={event.title} />
          <p style={{ textAlign: 'center', color: '#5b6577' }}>{t('events.pass.help')}</p>
        </div>
      ),
    });
  }
  if (event.status !== 'DRAFT') items.push({ key: 'report', label: t('events.sections.report'), children: <EventReportPanel eventId={event.id} /> });
  const asked = params.get('tab');
  const active = items.find((item) => item.key === asked)?.key ?? 'overview';

  return (
    <div className="page stack">
      <div>
        <BackLink />
        <EventHeader event={event} />
      </div>
      <Tabs
        activeKey={active}
        onChange={(key) => {
          const next = new URLSearchParams(params);
          next.set('tab', key);
          setParams(next, { replace: true });
        }}
        items={items}
        destroyOnHidden
      />
    </div>
  );
}
