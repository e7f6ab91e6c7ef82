import type { ResourceEntity, ResourceMedia } from './resource.entity';
import { escapeHtml, plainText } from './rich-text';

export interface RepublicationPackage {
  headline: string;
  byline: string;
  html: string;
  text: string;
  attribution: string;
}

const MEDIA_LABEL: Record<ResourceMedia['kind'], string> = { IMAGE: '图片', VIDEO: '视频', AUDIO: '音频', FILE: '附件' };

/** "图片：江豚出水（摄影：张三）" — what each medium says about itself and whom to credit. */
const mediaCredit = (medium: ResourceMedia) => `${MEDIA_LABEL[medium.kind]}${medium.caption ? `：${medium.caption}` : ''}（${medium.credit}）`;

function mediaHtml(medium: ResourceMedia): string {
  const url = escapeHtml(medium.url);
  const credit = escapeHtml(mediaCredit(medium));
  return medium.kind === 'IMAGE'
    ? `<figure><img src="${url}" alt="${escapeHtml(medium.caption ?? '')}"><figcaption>${credit}</figcaption></figure>`
    : `<p><a href="${url}">${credit}</a></p>`;
}

/**
 * What a republisher pastes: headline, byline, the sanitised body, media with their credits, the piece's credit
 * line and the attribution line naming the owner and linking the original. Everything but the body (already
 * sanitised when stored) is escaped here.
 */
export function republicationPackage(piece: Pick<ResourceEntity, 'title' | 'byline' | 'body' | 'media' | 'creditLine' | 'originalUrl'>, ownerNameZh: string): RepublicationPackage {
  const byline = piece.byline || ownerNameZh;
  const attribution = piece.originalUrl ? `来源：${ownerNameZh} 原文链接：${piece.originalUrl}` : `来源：${ownerNameZh}`;
  const attributionHtml = piece.originalUrl
    ? `来源：${escapeHtml(ownerNameZh)} 原文链接：<a href="${escapeHtml(piece.originalUrl)}">${escapeHtml(piece.originalUrl)}</a>`
    : escapeHtml(attribution);
  const html = [
    `<h1>${escapeHtml(piece.title)}</h1>`,
    `<p>${escapeHtml(byline)}</p>`,
    piece.body,
    ...piece.media.map(mediaHtml),
    piece.creditLine ? `<p>${escapeHtml(piece.creditLine)}</p>` : '',
    `<p>${attributionHtml}</p>`,
  ]
    .filter(Boolean)
    .join('\n');
  const text = [
    piece.title,
    byline,
    '',
    plainText(piece.body),
    ...(piece.media.length ? ['', ...piece.media.map((medium) => `${mediaCredit(medium)} ${medium.url}`)] : []),
    '',
    ...(piece.creditLine ? [piece.creditLine] : []),
    attribution,
  ].join('\n');
  return { headline: piece.title, byline, html, text, attribution };
}
