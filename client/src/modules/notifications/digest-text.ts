import type { TFunction } from 'i18next';
import { NOTIFICATION_KINDS, type NotificationKind } from '@yah/shared';

/** What the daily digest's `detail` holds (see `DigestDetail` in @yah/shared); null when it is not that JSON. */
export interface DigestSummary {
  count: number;
  titles: string[];
  held: { kind: NotificationKind; count: number }[];
}

export function readDigest(detail: string | null): DigestSummary | null {
  if (!detail) return null;
  try {
    const value: unknown = JSON.parse(detail);
    if (!value || typeof value !== 'object') return null;
    const { count, titles, held } = value as Record<string, unknown>;
    if (typeof count !== 'number' || !Array.isArray(titles)) return null;
    const heldKinds = Array.isArray(held)
      ? held.filter(
          (entry): entry is { kind: NotificationKind; count: number } =>
            (NOTIFICATION_KINDS as readonly unknown[]).includes(entry?.kind) && typeof entry?.count === 'number',
        )
      : [];
    return { count, titles: titles.filter((title): title is string => typeof title === 'string'), held: heldKinds };
  } catch {
    return null;
  }
}

/** The digest in one or two lines: the followed pieces (with the first titles) and the notifications held for it. */
export function digestLines(summary: DigestSummary, t: TFunction): string[] {
  const lines: string[] = [];
  if (summary.count > 0) {
    const titles = summary.titles.map((title) => `「${title}」`).join('');
    lines.push(`${t('digest.pieces', { count: summary.count })}${titles ? `: ${titles}` : ''}`);
  }
  if (summary.held.length > 0) {
    const kinds = summary.held.map((entry) => t('digest.heldKind', { kind: t(`enums.notificationKind.${entry.kind}`), count: entry.count }));
    lines.push(t('digest.held', { kinds: kinds.join(t('digest.separator')) }));
  }
  return lines;
}
