import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { progressFormula, type ProgressLike } from '../participation-format';

/** The numbers behind a figure and the rule that gave its status. */
export function FormulaText({ progress, compact = false }: { progress: ProgressLike; compact?: boolean }) {
  const { t } = useTranslation();
  const { formula, rule } = progressFormula(t, progress);
  return (
    <div className="participation-formula" data-testid="formula">
      <div className="participation-formula-line">{formula}</div>
      <Typography.Text type="secondary" style={{ fontSize: compact ? 12 : 13 }}>
        {rule}
      </Typography.Text>
    </div>
  );
}
