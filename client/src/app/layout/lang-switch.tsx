import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocaleSwitch } from '../i18n/use-locale-switch';

/** One click between 中文 and EN. The label names the language you get, written in that language. */
export function LangSwitch() {
  const { t } = useTranslation();
  const { locale, changeLocale } = useLocaleSwitch();
  const next = locale === 'en' ? 'zh-CN' : 'en';
  return (
    <Button
      type="text"
      data-testid="lang-switch"
      icon={<GlobalOutlined aria-hidden />}
      aria-label={t('lang.switchAria')}
      onClick={() => void changeLocale(next)}
    >
      <span lang={next}>{t('lang.switchLabel')}</span>
    </Button>
  );
}
