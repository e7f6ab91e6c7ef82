import { Alert, Button, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '@/app/i18n/use-localized';
import type { TopicField } from '../topic-form-values';

export interface LatestVersion {
  version: number;
  updatedAt: string;
  /** Fields where the server's version differs from what is typed in the form. */
  differences: TopicField[];
}

export interface TopicConflictProps {
  /** The version the form was saved against (stale). */
  staleVersion: number;
  reloading: boolean;
  /** Set once the latest version has been fetched. */
  latest: LatestVersion | null;
  onReload: () => void;
  onUseLatest: () => void;
  onDismiss: () => void;
}

/**
 * Someone saved the topic in the meantime. First: offer to load the latest version without touching the form.
 * Then: show which fields differ, let the person keep their text (save again) or take the server's.
 */
export function TopicConflict({ staleVersion, reloading, latest, onReload, onUseLatest, onDismiss }: TopicConflictProps) {
  const { t } = useTranslation();
  const { formatDateTime } = useLocalized();

  if (!latest) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        data-testid="topic-conflict"
        title={t('topicForm.conflict.title')}
        description={t('topicForm.conflict.help', { version: staleVersion })}
        action={
          <Button size="small" type="primary" loading={reloading} onClick={onReload}>
            {t('topicForm.conflict.reload')}
          </Button>
        }
        style={{ marginBottom: 16 }}
      />
    );
  }

  return (
    <Alert
      type="info"
      showIcon
      data-testid="topic-conflict-latest"
      title={t('topicForm.conflict.latestTitle', { version: latest.version, time: formatDateTime(latest.updatedAt) })}
      description={
        <div className="stack" style={{ gap: 8 }}>
          {latest.differences.length === 0 ? (
            <span>{t('topicForm.conflict.noDifferences')}</span>
          ) : (
            <span>
              {t('topicForm.conflict.differences')}{' '}
              {latest.differences.map((field) => (
                <Tag key={field}>{t(`topicForm.${field === 'provinceCodes' ? 'provinces' : field}`)}</Tag>
              ))}
            </span>
          )}
          <span>{t('topicForm.conflict.keepHelp')}</span>
          <Space wrap>
            <Button size="small" onClick={onUseLatest}>
              {t('topicForm.conflict.useLatest')}
            </Button>
            <Button size="small" type="text" onClick={onDismiss}>
              {t('common.close')}
            </Button>
          </Space>
        </div>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
