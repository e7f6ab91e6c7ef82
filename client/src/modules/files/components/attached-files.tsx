import {
  AudioOutlined,
  DeleteOutlined,
  FileOutlined,
  FilePdfOutlined,
  FileTextOutlined,
  FileWordOutlined,
  FileZipOutlined,
  PictureOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileKind } from '@yah/shared';
import { getFragmentData, graphql, type FragmentType } from '@/__generated__';
import { formatBytes } from '../upload-file';
import '../files.css';

export const AttachedFileFragment = graphql(`
  fragment AttachedFiles_file on AttachedFile {
    id
    name
    size
    kind
    url
    thumbnailUrl
  }
`);

const KIND_ICONS: Record<FileKind, ComponentType<{ className?: string; 'aria-hidden'?: boolean }>> = {
  IMAGE: PictureOutlined,
  VIDEO: VideoCameraOutlined,
  AUDIO: AudioOutlined,
  PDF: FilePdfOutlined,
  DOCUMENT: FileWordOutlined,
  TEXT: FileTextOutlined,
  ARCHIVE: FileZipOutlined,
};

interface AttachedFilesProps {
  files: FragmentType<typeof AttachedFileFragment>[];
  /** Offered when the viewer may remove files: asks first, then calls with the file. */
  onRemove?: (file: { id: string; name: string }) => void;
  /** The file being removed now. */
  removingId?: string | null;
}

/** Attached files: a thumbnail for a picture, an icon of its kind otherwise, name and size; each a download link. */
export function AttachedFiles({ files, onRemove, removingId }: AttachedFilesProps) {
  const { t } = useTranslation();
  const list = files.map((file) => getFragmentData(AttachedFileFragment, file));
  if (list.length === 0) return null;
  return (
    <ul className="attached-files" aria-label={t('files.title')} data-testid="attached-files">
      {list.map((file) => {
        const Icon = KIND_ICONS[file.kind] ?? FileOutlined;
        return (
          <li key={file.id} className="attached-file">
            <a
              href={file.url}
              download={file.name}
              title={`${file.name} · ${t(`files.kind.${file.kind}`)} · ${formatBytes(file.size)}`}
              data-testid="attached-file"
            >
              {file.thumbnailUrl ? <img src={file.thumbnailUrl} alt="" width={64} height={64} loading="lazy" /> : <Icon aria-hidden className="attached-file-icon" />}
              {/* Named by what it shows (axe: label-content-name-mismatch), with the verb for screen readers. */}
              <span className="visually-hidden">{t('files.downloadPrefix')} </span>
              <span className="attached-file-name">{file.name}</span>
              <span className="attached-file-size">{formatBytes(file.size)}</span>
            </a>
            {onRemove && (
              <Popconfirm
                title={t('files.confirmRemove', { name: file.name })}
                okText={t('common.confirm')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => onRemove(file)}
              >
                <Button
                  size="small"
                  type="text"
                  danger
                  className="attached-file-remove"
                  icon={<DeleteOutlined aria-hidden />}
                  loading={removingId === file.id}
                  aria-label={t('files.removeAttached', { name: file.name })}
                  title={t('files.removeAttached', { name: file.name })}
                />
              </Popconfirm>
            )}
          </li>
        );
      })}
    </ul>
  );
}
