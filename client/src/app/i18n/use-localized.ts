import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Localized {
  isEnglish: boolean;
  /** Picks the Chinese or the English form of a name the server gives in both. */
  pick: (zh: string, en: string) => string;
  /** `2023-12-16` or an ISO time → a date in the reader's language. */
  formatDate: (value: string) => string;
  formatDateTime: (value: string) => string;
  formatNumber: (value: number) => string;
  /** A list's total: "1,000+" when the server stopped counting at its cap. */
  formatTotal: (connection: { totalCount: number; totalCountCapped?: boolean | null }) => string;
}

export function useLocalized(): Localized {
  const { t, i18n } = useTranslation();
  const isEnglish = i18n.language === 'en';
  const pick = useCallback((zh: string, en: string) => (isEnglish ? en : zh), [isEnglish]);
  const formatDate = useCallback((value: string) => dayjs(value).format(t('format.date')), [t]);
  const formatDateTime = useCallback((value: string) => dayjs(value).format(t('format.dateTime')), [t]);
  const numberFormat = useMemo(() => new Intl.NumberFormat(isEnglish ? 'en' : 'zh-CN'), [isEnglish]);
  const formatNumber = useCallback((value: number) => numberFormat.format(value), [numberFormat]);
  const formatTotal = useCallback(
    ({ totalCount, totalCountCapped }: { totalCount: number; totalCountCapped?: boolean | null }) => `${numberFormat.format(totalCount)}${totalCountCapped ? '+' : ''}`,
    [numberFormat],
  );
  return { isEnglish, pick, formatDate, formatDateTime, formatNumber, formatTotal };
}
