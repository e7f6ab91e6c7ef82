import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Empty, Select, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EVENT_KINDS, LIMITS, type EventKind } from '@yah/shared';
import { graphql } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { LinkButton } from '@/app/layout/link-button';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { EventCard } from '../components/event-card';
import { mayCreateEvents } from '../event-permissions';
import '../events.css';

export const EventsPageQuery = graphql(`
  query EventsPage($filter: EventFilter, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...EventCard_event
      }
    }
  }
`);

const isKind = (value: string | null): value is EventKind => (EVENT_KINDS as readonly string[]).includes(value ?? '');

/** `/events?when=past&kind=TRIP` — trips, conferences and trainings: upcoming first, or the past ones. */
export function EventsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const when = params.get('when') === 'past' ? 'PAST' : 'UPCOMING';
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : null;
  const { data, loading, error, refetch, fetchMore } = useQuery(EventsPageQuery, {
    variables: { filter: { when, ...(kind ? { kinds: [kind] } : {}) }, first: LIMITS.page.defaultSize },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.events;
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('events.title')}
          </Typography.Title>
          <div className="page-header-sub">{t('events.subtitle')}</div>
        </div>
        {mayCreateEvents(viewer.role) && (
          <LinkButton type="primary" icon={<PlusOutlined aria-hidden />} to="/events/new">
            {t('events.create')}
          </LinkButton>
        )}
      </div>
      <div className="events-toolbar">
        <Tabs
          activeKey={when}
          onChange={(key) => set('when', key === 'PAST' ? 'past' : null)}
          items={[
            { key: 'UPCOMING', label: t('events.tabs.upcoming') },
            { key: 'PAST', label: t('events.tabs.past') },
          ]}
        />
        <Select
          aria-label={t('events.kindFilter')}
          value={kind ?? 'ALL'}
          style={{ minWidth: 160 }}
          onChange={(value: string) => set('kind', value === 'ALL' ? null : value)}
          options={[
            { value: 'ALL', label: t('events.allKinds') },
            ...EVENT_KINDS.map((value) => ({ value, label: t(`enums.eventKind.${value}`) })),
          ]}
        />
      </div>
      {error && !connection ? (
        <LoadErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : connection.nodes.length === 0 ? (
        <Empty description={when === 'PAST' ? t('events.emptyPast') : t('events.empty')} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('events.total', { count: connection.totalCount })}</Typography.Paragraph>
          <div className="event-grid" data-testid="event-list">
            {connection.nodes.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </div>
          {connection.pageInfo.hasNextPage && (
            <div style={{ textAlign: 'center', marginTop: 16 }}>
              <Button loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
                {t('common.loadMore')}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
