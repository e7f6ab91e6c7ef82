import { useMutation, useQuery } from '@apollo/client/react';
import { App, Result, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { graphql, getFragmentData } from '@/__generated__';
import type { EventPage_EventFragment } from '@/__generated__/graphql';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { EventForm } from '../components/event-form';
import { EVENT_FORM_FIELDS, fromEvent, toEventChanges, type EventFormValues } from '../event-form-values';
import { EventPageFragment } from '../event-fragments';
import { EventPageQuery } from './event.page';
import '../events.css';
import { useLocalizedForm } from '@/app/use-localized-form';

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($id: ID!, $version: Int!, $input: EventChangesInput!) {
    updateEvent(id: $id, version: $version, input: $input) {
      id
      ...EventPage_event
    }
  }
`);

function EditForm({ event }: { event: EventPage_EventFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { pick } = useLocalized();
  const navigate = useNavigate();
  const [form] = useLocalizedForm<EventFormValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateEventMutation);
  const initialValues = useMemo(() => fromEvent(event), [event]);
  const known = useMemo(
    () => ({
      members: event.invitedMembers.map((member) => ({ value: member.id, label: pick(member.nameZh, member.nameEn) })),
      materials: event.materials.map((resource) => ({ value: resource.id, label: resource.title })),
      topics: event.topics.map((topic) => ({ value: topic.id, label: topic.title })),
    }),
    [event, pick],
  );

  const onFinish = async (values: EventFormValues) => {
    setFailure(null);
    try {
      await update({ variables: { id: event.id, version: event.version, input: toEventChanges(values) } });
      void message.success(t('events.form.saved'));
      void navigate(`/events/${event.id}`);
    } catch (error) {
      const problem = readProblem(error);
      if (problem.reason === 'STALE_VERSION') {
        setFailure(t('events.form.stale'));
        return;
      }
      if (!applyProblemToForm(form, problem, t, EVENT_FORM_FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  return (
    <EventForm
      form={form}
      creating={false}
      chooseHost={false}
      initialValues={initialValues}
      submitting={loading}
      submitLabel={t('events.form.submitSave')}
      failure={failure}
      known={known}
      onFinish={(values) => void onFinish(values)}
    />
  );
}

/** `/events/:id/edit` — the host's staff or the secretariat change an event (a published one's schedule change notifies). */
export function EventEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(EventPageQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (error && !data) {
    return (
      <div className="page">
        {readProblem(error).code === 'NOT_FOUND' ? <Result status="404" title={t('events.notFound')} /> : <LoadErrorAlert error={error} onRetry={() => void refetch()} />}
      </div>
    );
  }
  if (!data) return <Skeleton active className="page" />;
  if (!data.event) return <Result status="404" title={t('events.notFound')} />;
  const event = getFragmentData(EventPageFragment, data.event);
  if (!event.viewerActions.includes('EDIT')) return <Result status="403" title={t('forbidden.title')} />;
  return (
    <div className="page" style={{ maxWidth: 960 }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('events.form.editTitle')} · {event.title}
      </Typography.Title>
      <EditForm event={event} />
    </div>
  );
}
