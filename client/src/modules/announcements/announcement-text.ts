import type { TFunction } from 'i18next';
import type { AnnouncementAudience } from '@/__generated__/graphql';

/** Whom an announcement went to, in the reader's language: all members, or the members of the named provinces. */
export function audienceLabel(
  announcement: { audience: AnnouncementAudience; provinces: readonly { nameZh: string; nameEn: string }[] },
  t: TFunction,
  pick: (zh: string, en: string) => string,
): string {
  if (announcement.audience === 'ALL') return t('announcements.toAll');
  const names = announcement.provinces.map((province) => pick(province.nameZh, province.nameEn));
  return t('announcements.toProvinces', { provinces: names.join(pick('、', ', ')) });
}

/** The body's paragraphs: blank lines separate them; single line breaks stay inside a paragraph. */
export function paragraphs(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}
