import { useTranslation } from 'react-i18next';
import type { Viewer } from '@/app/auth/viewer';
import { UnreadAnnouncements } from '@/modules/announcements/components/unread-announcements';
import { EventRegistrationNeeds } from '@/modules/events/components/event-registration-needs';
import { EditorNeeds } from './needs-editor';
import { ReporterNeeds } from './needs-reporter';
import { RequestNeeds } from './needs-requests';
import { SecretariatNeeds } from './needs-secretariat';

/** "What needs me now": the newest unread announcement for members' staff, the secretariat's proposals, editors' reviews, drafts and resource requests to decide, reporters' claims and nearby work. */
export function NeedsMeNow({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  let body;
  switch (viewer.role) {
    case 'SECRETARIAT':
      body = <SecretariatNeeds />;
      break;
    case 'CHIEF_EDITOR':
    case 'EDITOR':
      body = (
        <div className="stack">
          <UnreadAnnouncements />
          <EditorNeeds />
          <RequestNeeds viewer={viewer} />
          <EventRegistrationNeeds />
        </div>
      );
      break;
    case 'REPORTER':
      body = (
        <div className="stack">
          <UnreadAnnouncements />
          <ReporterNeeds />
        </div>
      );
      break;
  }
  return (
    <section aria-label={t('homeNeeds.title')} data-testid="needs-me-now" style={{ marginBottom: 16 }}>
      <h2 className="section-title">{t('homeNeeds.title')}</h2>
      {body}
    </section>
  );
}
