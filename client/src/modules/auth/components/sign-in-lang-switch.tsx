import { useTranslation } from 'react-i18next';
import { applyLocale } from '@/app/i18n/i18n';
import { SignInIcon } from './sign-in-icon';

/**
 * The language switch of the sign-in screen: the header's `LangSwitch` in plain HTML (no antd on this screen) and
 * without the account to save the choice to — nobody is signed in; the choice stays in this browser.
 */
export function SignInLangSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="sign-in-lang-switch"
      data-testid="lang-switch"
      aria-label={t('lang.switchAria')}
      onClick={() => void applyLocale(next)}
    >
      <SignInIcon name="global" />
      <span lang={next}>{t('lang.switchLabel')}</span>
    </button>
  );
}
