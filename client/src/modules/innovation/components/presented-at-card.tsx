import { useMutation, useQuery } from '@apollo/client/react';
import { App, Card, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '@/__generated__';
import { errorMessage } from '@/app/errors';

export const PresentableEventsQuery = graphql(`
  query PresentableEvents {
    events(filter: { when: ALL }, first: 50) {
      nodes {
        id
        title
        startsOn
        status
      }
    }
  }
`);

export const PresentInnovationRoundMutation = graphql(`
  mutation PresentInnovationRound($roundId: ID!, $eventId: ID) {
    presentInnovationRound(roundId: $roundId, eventId: $eventId) {
      id
      version
      presentedAt {
        id
        title
        startsOn
      }
    }
  }
`);

interface Props {
  roundId: string;
  presentedAt: { id: string; title: string; startsOn: string } | null;
  /** The secretariat names the event (`PRESENT` in the round's actions). */
  mayChange: boolean;
}

/** Where the round's recommended list is presented: an alliance meeting or trip, as at the Jingzhou founding meeting. */
export function PresentedAtCard({ roundId, presentedAt, mayChange }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const events = useQuery(PresentableEventsQuery, { skip: !mayChange });
  const [present, { loading }] = useMutation(PresentInnovationRoundMutation);
  const choices = (events.data?.events.nodes ?? []).filter((event) => event.status === 'PUBLISHED');

  const change = async (eventId: string | undefined) => {
    try {
      await present({ variables: { roundId, eventId: eventId ?? null } });
      void message.success(t('innovation.presentedSaved'));
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  return (
    <Card title={t('innovation.presentedAt')} size="small">
      {presentedAt ? (
        <Link to={`/events/${presentedAt.id}`}>
          {presentedAt.title} · {presentedAt.startsOn}
        </Link>
      ) : (
        <Typography.Text type="secondary">{t('innovation.presentedNowhere')}</Typography.Text>
      )}
      {mayChange && (
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: '100%', marginTop: 12 }}
          aria-label={t('innovation.presentedAtPick')}
          placeholder={t('innovation.presentedAtPick')}
          loading={events.loading || loading}
          value={presentedAt?.id}
          options={choices.map((event) => ({ value: event.id, label: `${event.title} · ${event.startsOn}` }))}
          onChange={(value: string | undefined) => void change(value)}
        />
      )}
    </Card>
  );
}
