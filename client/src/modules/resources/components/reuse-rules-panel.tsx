import { Collapse } from 'antd';
import { useTranslation } from 'react-i18next';
import { STANDARD_REUSE_RULES } from '@yah/shared';
import { useLocalized } from '@/app/i18n/use-localized';

/** The alliance's standard reuse rules (shared with the server), folded away until wanted. */
export function ReuseRulesPanel({ defaultOpen = false }: { defaultOpen?: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <Collapse
      size="small"
      defaultActiveKey={defaultOpen ? ['rules'] : []}
      items={[
        {
          key: 'rules',
          label: t('library.reuseRules'),
          children: (
            <ol className="reuse-rules" data-testid="reuse-rules">
              {STANDARD_REUSE_RULES.map((rule) => (
                <li key={rule.zh}>{pick(rule.zh, rule.en)}</li>
              ))}
            </ol>
          ),
        },
      ]}
    />
  );
}
