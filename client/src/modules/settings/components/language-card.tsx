import { Card, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '@yah/shared';
import { isLocale } from '@/app/i18n/i18n';
import { useLocaleSwitch } from '@/app/i18n/use-locale-switch';

export function LanguageCard() {
  const { t } = useTranslation();
  const { locale, changeLocale } = useLocaleSwitch();
  return (
    <Card title={t('settings.language.title')}>
      <Typography.Paragraph type="secondary">{t('settings.language.help')}</Typography.Paragraph>
      <Radio.Group
        aria-label={t('settings.language.title')}
        value={locale}
        optionType="button"
        buttonStyle="solid"
        onChange={(event) => {
          const value: unknown = event.target.value;
          if (isLocale(value)) void changeLocale(value);
        }}
        options={LOCALES.map((value) => ({ value, label: <span lang={value}>{t(`lang.names.${value}`)}</span> }))}
      />
    </Card>
  );
}
