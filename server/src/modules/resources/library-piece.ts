import { RESOURCE_LIMITS } from '@yah/shared';
import type { AssignmentEntity } from '../assignments/assignment.entity';
import type { ClaimEntity } from '../claims/claim.entity';
import type { TopicEntity } from '../topics/topic.entity';
import type { ResourceEntity } from './resource.entity';
import { publicSearchText, searchableText } from './resource-search';
import { escapeHtml, plainText, sanitizeBody } from './rich-text';

/** The search columns kept with every resource: public text always; the body's only searched where it may be read. */
export const searchColumns = (fields: Pick<ResourceEntity, 'title' | 'description' | 'themes' | 'cities' | 'body' | 'byline'>) => ({
  searchPublic: publicSearchText(fields),
  searchBody: fields.body || fields.byline ? searchableText([plainText(fields.body), fields.byline]) : '',
});

/** Text cut to `max` code points, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** Paragraphs of plain text as HTML, one <p> per line. */
export const paragraphsHtml = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');

/** A submission as HTML: its lines as paragraphs, its links as a list. */
function claimBody(claim: Pick<ClaimEntity, 'submissionText' | 'submissionLinks'>): string {
  const links = claim.submissionLinks.map((url) => `<li><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></li>`);
  return paragraphsHtml(claim.submissionText ?? '') + (links.length ? `<ul>${links.join('')}</ul>` : '');
}

/**
 * An accepted claim as a library piece: the assignment's title, the submission as paragraphs with its links, the
 * first place it ran as the original, the topic's themes and places, the reporter and their member as byline.
 */
export function pieceFromClaim(source: {
  claim: Pick<ClaimEntity, 'submissionText' | 'submissionLinks'>;
  assignment: Pick<AssignmentEntity, 'title' | 'brief'>;
  topic: Pick<TopicEntity, 'title' | 'themes' | 'provinceCodes' | 'cities'>;
  reporterName: string;
  reporterMemberName: string;
  firstRunUrl: string | null;
}) {
  const body = sanitizeBody(claimBody(source.claim));
  const fields = {
    area: 'CONTENT' as const,
    title: clip(source.assignment.title, RESOURCE_LIMITS.title.max),
    description: clip(plainText(body).split('\n')[0] || source.assignment.brief || source.topic.title, 200),
    body,
    byline: clip(`${source.reporterName}（${source.reporterMemberName}）`, RESOURCE_LIMITS.byline.max),
    originalUrl: source.firstRunUrl,
    themes: source.topic.themes.slice(0, RESOURCE_LIMITS.themes.max),
    provinceCodes: source.topic.provinceCodes,
    cities: source.topic.cities.slice(0, RESOURCE_LIMITS.cities.max),
    media: [],
  };
  return { ...fields, ...searchColumns(fields), source: 'CLAIM' as const };
}
