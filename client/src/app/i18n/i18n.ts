import type { Locale as AntdLocale } from 'antd/es/locale';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@yah/shared';
import { zhCN } from './zh-CN';

export const LOCALE_STORAGE_KEY = 'yah.locale';

// Chinese, the default, ships with the app; English (messages and antd's locale) is fetched on first use.
const resources = {
  'zh-CN': { translation: zhCN },
} as const;

let english: AntdLocale | null = null;
let englishLoading: Promise<void> | null = null;

/** Fetches a language's messages and antd locale once; resolves at once for one already here. */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale !== 'en' || english) return Promise.resolve();
  englishLoading ??= import('./en-bundle').then(
    ({ englishBundle }) => {
      i18n.addResourceBundle('en', 'translation', englishBundle.messages, true, true);
      english = englishBundle.antdLocale;
    },
    (error: unknown) => {
      englishLoading = null;
      throw error;
    },
  );
  return englishLoading;
}

/** antd's English texts, once English has been loaded. */
export function englishAntdLocale(): AntdLocale | null {
  return english;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language chosen on this browser, if any. */
export function readStoredLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage full: the choice then lasts for this page only.
  }
}

export const i18n = i18next.createInstance();

// Starts in Chinese; a browser that chose English switches once its messages are here (`startI18n`), so no screen
// shows English keys or half of each language.
void i18n.use(initReactI18next).init({
  resources,
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  load: 'currentOnly',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** The current language as one of ours (i18next may report a fallback chain). */
export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

function reflectInDocument(locale: Locale): void {
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    // A page's own title ("<page> · <app>", set by the page in the new language) is left alone.
    if (!document.title.includes(' · ')) document.title = i18n.t('app.name');
  }
}

/**
 * Switches the language of the whole app and remembers it in this browser. The choice is remembered at once, before
 * English has arrived: a page opened right after the click opens in the language chosen.
 */
export async function applyLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  await loadLocale(locale);
  await i18n.changeLanguage(locale);
  reflectInDocument(locale);
}

/** The language this browser chose, loaded and applied: awaited before the app's first render. */
export async function startI18n(): Promise<void> {
  const stored = readStoredLocale();
  if (stored && stored !== DEFAULT_LOCALE) {
    try {
      await loadLocale(stored);
      await i18n.changeLanguage(stored);
    } catch {
      // English could not be fetched (offline, a deploy in between): the app starts in Chinese.
    }
  }
  reflectInDocument(currentLocale());
}

reflectInDocument(currentLocale());
