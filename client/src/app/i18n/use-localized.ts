import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { browserInAllianceZone, formatWithPattern } from '@/app/time/alliance-time';

export interface Localized {
  isEnglish: boolean;
  /** Picks the Chinese or the English form of a name the server gives in both. */
  pick: (zh: string, en: string) => string;
  /** `2023-12-16` (a calendar date, as itself) or an ISO instant (its date in alliance time) → a date in the reader's language. */
  formatDate: (value: string) => string;
  /** An ISO instant in alliance time, labelled 北京时间 / Beijing time when the browser keeps another zone. */
  formatDateTime: (value: string) => string;
  /** The label times carry outside China time ('' in alliance time): for a picker or a heading. */
  zoneNote: string;
  formatNumber: (value: number) => string;
  /** A list's total: "1,000+" when the server stopped counting at its cap. */
  formatTotal: (connection: { totalCount: number; totalCountCapped?: boolean | null }) => string;
}

export function useLocalized(): Localized {
  const { t, i18n } = useTranslation();
  const isEnglish = i18n.language === 'en';
  const pick = useCallback((zh: string, en: string) => (isEnglish ? en : zh), [isEnglish]);
  const formatDate = useCallback((value: string) => formatWithPattern(value, t('format.date'), isEnglish), [t, isEnglish]);
  const zoneNote = browserInAllianceZone() ? '' : t('format.allianceZone');
  const formatDateTime = useCallback(
    (value: string) => {
      const time = formatWithPattern(value, t('format.dateTime'), isEnglish);
      return zoneNote ? t('format.withZone', { time, zone: zoneNote }) : time;
    },
    [t, zoneNote, isEnglish],
  );
  const numberFormat = useMemo(() => new Intl.NumberFormat(isEnglish ? 'en' : 'zh-CN'), [isEnglish]);
  const formatNumber = useCallback((value: number) => numberFormat.format(value), [numberFormat]);
  const formatTotal = useCallback(
    ({ totalCount, totalCountCapped }: { totalCount: number; totalCountCapped?: boolean | null }) => `${numberFormat.format(totalCount)}${totalCountCapped ? '+' : ''}`,
    [numberFormat],
  );
  return { isEnglish, pick, formatDate, formatDateTime, zoneNote, formatNumber, formatTotal };
}
