import { useMutation } from '@apollo/client/react';
import { App, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { allianceNowPickerValue } from '@/app/time/alliance-time';
import { EventForm } from '../components/event-form';
import { EVENT_FORM_FIELDS, toNewEvent, type EventFormValues } from '../event-form-values';
import { mayCreateEvents } from '../event-permissions';
import '../events.css';
import { useLocalizedForm } from '@/app/use-localized-form';

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: NewEventInput!) {
    createEvent(input: $input) {
      id
      ...EventPage_event
    }
  }
`);

const KNOWN = { members: [], materials: [], topics: [] };

/** `/events/new` — a chief editor (for their member) or the secretariat (for any host) plans an event, saved as a draft. */
export function EventNewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [form] = useLocalizedForm<EventFormValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateEventMutation);

  if (!mayCreateEvents(viewer.role)) return <Result status="403" title={t('forbidden.title')} />;

  const onFinish = async (values: EventFormValues) => {
    setFailure(null);
    try {
      const result = await create({ variables: { input: toNewEvent(values) } });
      const id = result.data?.createEvent.id;
      void message.success(t('events.form.created'));
      if (id) void navigate(`/events/${id}`);
    } catch (error) {
      const problem = readProblem(error);
      if (!applyProblemToForm(form, problem, t, EVENT_FORM_FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  return (
    <div className="page" style={{ maxWidth: 960 }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('events.form.newTitle')}
      </Typography.Title>
      <EventForm
        form={form}
        creating
        chooseHost={viewer.role === 'SECRETARIAT'}
        initialValues={{ kind: 'TRIP', invite: 'ALL', capacity: 100, placesPerMember: 3, deadline: allianceNowPickerValue().add(7, 'day').hour(18).minute(0).second(0), stops: [] }}
        submitting={loading}
        submitLabel={t('events.form.submitCreate')}
        failure={failure}
        known={KNOWN}
        onFinish={(values) => void onFinish(values)}
      />
    </div>
  );
}
