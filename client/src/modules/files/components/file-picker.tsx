import { DeleteOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_KINDS, FILE_MAX_BYTES } from '@yah/shared';
import type { FileUploads } from '../hooks/use-file-uploads';
import { formatBytes } from '../upload-file';
import '../files.css';

/** The largest file of each kind, as people read sizes. */
const LARGEST = Object.fromEntries(FILE_KINDS.map((kind) => [kind, formatBytes(FILE_MAX_BYTES[kind])]));

interface FilePickerProps {
  uploads: FileUploads;
  max: number;
}

/** Choose or drop files; each one's progress, with retry for a failed upload and remove for any. */
export function FilePicker({ uploads, max }: FilePickerProps) {
  const { t } = useTranslation();
  const [tooMany, setTooMany] = useState(false);
  return (
    <div className="stack file-picker" style={{ gap: 8 }} data-testid="file-picker">
      <Upload.Dragger
        multiple
        showUploadList={false}
        disabled={uploads.items.length >= max}
        beforeUpload={(file, batch) => {
          // antd calls this once per file with the whole batch: take the batch on its first file.
          if (file === batch[0]) setTooMany(!uploads.add(batch));
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('files.pick')}</p>
        <p className="ant-upload-hint">{t('files.help', { max, ...LARGEST })}</p>
      </Upload.Dragger>
      {tooMany && <Typography.Text type="danger">{t('files.tooMany', { max })}</Typography.Text>}
      {uploads.items.length > 0 && (
        <ul className="file-picker-list">
          {uploads.items.map((item) => (
            <li key={item.key} data-testid="picked-file" data-status={item.status}>
              <div className="file-picker-row">
                <Typography.Text ellipsis style={{ flex: 1 }}>
                  {item.file.name} <Typography.Text type="secondary">{formatBytes(item.file.size)}</Typography.Text>
                </Typography.Text>
                {item.status === 'error' && (
                  <Button size="small" icon={<ReloadOutlined aria-hidden />} onClick={() => uploads.retry(item.key)}>
                    {t('files.retry')}
                  </Button>
                )}
                <Button size="small" icon={<DeleteOutlined aria-hidden />} aria-label={t('files.remove', { name: item.file.name })} title={t('files.remove', { name: item.file.name })} onClick={() => uploads.remove(item.key)} />
              </div>
              {item.status === 'error' ? (
                <Typography.Text type="danger">{item.error}</Typography.Text>
              ) : (
                <Progress
                  percent={item.percent}
                  size="small"
                  status={item.status === 'done' ? 'success' : item.status === 'offline' ? 'normal' : 'active'}
                  aria-label={item.status === 'done' ? t('files.done') : t('files.uploading', { percent: item.percent })}
                />
              )}
              {item.status === 'offline' && (
                <Typography.Text type="warning" role="status">
                  {t('files.offline')}
                </Typography.Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
