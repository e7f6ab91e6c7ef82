import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { graphql, getFragmentData } from '@/__generated__';
import { readProblem } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { BadgeSheet, SignInSheet, type PrintPerson } from '../components/print-sheets';
import { eventDates } from '../event-dates';
import { EventRegistrationFragment } from '../event-fragments';
import '../events.css';
import { participantTitle } from '../participant-title';

export const EventPrintQuery = graphql(`
  query EventPrint($id: ID!, $first: Int) {
    event(id: $id) {
      id
      title
      startsOn
      endsOn
      place
      registrations(first: $first) {
        nodes {
          id
          ...EventRegistration_registration
        }
      }
    }
  }
`);

/** `/events/:id/print/badges` and `/events/:id/print/sign-in` — A4 sheets of everyone holding a place. */
export function EventPrintPage({ sheet }: { sheet: 'badges' | 'sign-in' }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { isEnglish, pick } = useLocalized();
  const { data, error, refetch } = useQuery(EventPrintQuery, { variables: { id, first: 100 } });
  const event = data?.event;
  if (error && !data) {
    return (
      <div className="page">
        {readProblem(error).code === 'NOT_FOUND' ? <Result status="404" title={t('events.notFound')} /> : <LoadErrorAlert error={error} onRetry={() => void refetch()} />}
      </div>
    );
  }
  if (!data) return <Skeleton active className="page" />;
  if (!event) return <Result status="404" title={t('events.notFound')} />;
  const people: PrintPerson[] = event.registrations.nodes
    .map((node) => getFragmentData(EventRegistrationFragment, node))
    .flatMap((registration) => registration.participants)
    .filter((participant) => participant.status === 'PLACED')
    .map((participant) => ({
      id: participant.id,
      name: participant.name,
      title: participantTitle(t, participant),
      memberName: pick(participant.member.nameZh, participant.member.nameEn),
      guest: !participant.user,
    }))
    .sort((a, b) => a.memberName.localeCompare(b.memberName, isEnglish ? 'en' : 'zh-CN'));
  const subtitle = `${eventDates(t, event.startsOn, event.endsOn, isEnglish)} · ${event.place}`;
  const title = sheet === 'badges' ? t('events.print.badgesTitle', { event: event.title }) : t('events.print.signInTitle', { event: event.title });
  return (
    <div className="page print-page">
      <div className="print-toolbar no-print">
        <LinkButton icon={<ArrowLeftOutlined aria-hidden />} to={`/events/${id}`}>
          {t('events.print.back')}
        </LinkButton>
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('events.print.print')}
        </Button>
        <Typography.Text type="secondary">{t('events.print.help')}</Typography.Text>
      </div>
      {sheet === 'badges' ? (
        <>
          <Typography.Title level={1} style={{ fontSize: 20 }} className="no-print">
            {title}
          </Typography.Title>
          <BadgeSheet eventTitle={event.title} subtitle={subtitle} people={people} />
        </>
      ) : (
        <SignInSheet eventTitle={event.title} subtitle={subtitle} people={people} />
      )}
    </div>
  );
}

export function EventBadgesPrintPage() {
  return <EventPrintPage sheet="badges" />;
}

export function EventSignInPrintPage() {
  return <EventPrintPage sheet="sign-in" />;
}
