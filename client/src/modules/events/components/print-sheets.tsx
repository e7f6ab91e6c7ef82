import { useTranslation } from 'react-i18next';

export interface PrintPerson {
  id: string;
  name: string;
  title?: string | null;
  memberName: string;
  guest: boolean;
}

/** "特约摄影 · 嘉宾": the person's title, and for a guest the word guest. */
function roleLine(person: PrintPerson, guestWord: string): string {
  return [person.title, person.guest ? guestWord : null].filter(Boolean).join(' · ');
}

export interface PrintSheetProps {
  eventTitle: string;
  /** "12月16日 至 12月19日 · 荆州" as the page shows it. */
  subtitle: string;
  people: readonly PrintPerson[];
}

/** Badges, eight to an A4 sheet (two columns of 90 × 62 mm), name large, member and title under it. */
export function BadgeSheet({ eventTitle, subtitle, people }: PrintSheetProps) {
  const { t } = useTranslation();
  if (people.length === 0) return <p>{t('events.print.empty')}</p>;
  return (
    <div className="print-badges" data-testid="print-badges">
      {people.map((person) => (
        <article key={person.id} className="print-badge" data-testid="print-badge">
          <div className="print-badge-event">{eventTitle}</div>
          <div className="print-badge-name">{person.name}</div>
          <div className="print-badge-member">{person.memberName}</div>
          <div className="print-badge-title">{roleLine(person, t('events.print.guest'))}</div>
          <div className="print-badge-foot">{subtitle}</div>
        </article>
      ))}
    </div>
  );
}

/** The sign-in sheet: numbered rows by member, with an empty column to sign in; the header row repeats per page. */
export function SignInSheet({ eventTitle, subtitle, people }: PrintSheetProps) {
  const { t } = useTranslation();
  return (
    <div className="print-sign-in" data-testid="print-sign-in">
      <h1 className="print-sheet-title">{t('events.print.signInTitle', { event: eventTitle })}</h1>
      <p className="print-sheet-subtitle">{subtitle}</p>
      {people.length === 0 ? (
        <p>{t('events.print.empty')}</p>
      ) : (
        <table className="print-sign-in-table">
          <thead>
            <tr>
              <th scope="col" className="print-col-no">{t('events.print.no')}</th>
              <th scope="col">{t('events.print.name')}</th>
              <th scope="col">{t('events.print.member')}</th>
              <th scope="col">{t('events.print.role')}</th>
              <th scope="col" className="print-col-sign">{t('events.print.signature')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person, index) => (
              <tr key={person.id}>
                <td className="print-col-no">{index + 1}</td>
                <td>{person.name}</td>
                <td>{person.memberName}</td>
                <td>{roleLine(person, t('events.print.guest'))}</td>
                <td className="print-col-sign" />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
