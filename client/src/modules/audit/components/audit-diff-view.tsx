import { Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { auditDiff } from '../audit-diff';

export interface AuditDiffViewProps {
  before: string | null;
  after: string | null;
}

/** Before and after side by side, a field a row, values as pretty JSON; changed fields highlighted. */
export function AuditDiffView({ before, after }: AuditDiffViewProps) {
  const { t } = useTranslation();
  const rows = auditDiff(before, after);
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.noDetails')} />;
  return (
    <div className="audit-diff" data-testid="audit-diff">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('audit.field')}</th>
            <th scope="col">{t('audit.before')}</th>
            <th scope="col">{t('audit.after')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.changed ? 'audit-diff-changed' : undefined} data-changed={row.changed}>
              <th scope="row">
                {row.key}
                {row.changed && (
                  <Tag color="orange" className="audit-diff-tag">
                    {t('audit.changed')}
                  </Tag>
                )}
              </th>
              <td>{row.before !== null && <pre>{row.before}</pre>}</td>
              <td>{row.after !== null && <pre>{row.after}</pre>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
