import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, type Locale } from '@yah/shared';
import { graphql } from '@/__generated__';
import { useOptionalViewer } from '../auth/viewer';
import { applyLocale, isLocale } from './i18n';

export const UpdateLocaleMutation = graphql(`
  mutation UpdateLocale($locale: String!) {
    updateProfile(input: { locale: $locale }) {
      id
      locale
    }
  }
`);

export interface LocaleSwitch {
  locale: Locale;
  /** Switches now, remembers it in this browser and, when signed in, on the account. */
  changeLocale: (locale: Locale) => Promise<void>;
}

export function useLocaleSwitch(): LocaleSwitch {
  const { i18n } = useTranslation();
  const viewer = useOptionalViewer();
  const { message } = App.useApp();
  const [updateLocale] = useMutation(UpdateLocaleMutation);

  const changeLocale = useCallback(
    async (locale: Locale) => {
      await applyLocale(locale);
      if (!viewer || viewer.locale === locale) return;
      try {
        await updateLocale({ variables: { locale } });
      } catch {
        // Said in the language just chosen (the hook's own `t` still speaks the previous one).
        void message.warning(i18n.t('lang.saveFailed'));
      }
    },
    [viewer, updateLocale, message, i18n],
  );

  // Reading `i18n.language` from the hook re-renders callers when the language changes.
  return { locale: isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE, changeLocale };
}
