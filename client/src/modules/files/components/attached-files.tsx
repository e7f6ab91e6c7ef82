import { FileOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
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

/** Attached files: a thumbnail for a picture, name and size otherwise; each a download link. */
export function AttachedFiles({ files }: { files: FragmentType<typeof AttachedFileFragment>[] }) {
  const { t } = useTranslation();
  const list = files.map((file) => getFragmentData(AttachedFileFragment, file));
  if (list.length === 0) return null;
  return (
    <ul className="attached-files" aria-label={t('files.title')} data-testid="attached-files">
      {list.map((file) => (
        <li key={file.id}>
          <a href={file.url} download={file.name} aria-label={t('files.download', { name: file.name })} data-testid="attached-file">
            {file.thumbnailUrl ? <img src={file.thumbnailUrl} alt="" width={64} height={64} loading="lazy" /> : <FileOutlined aria-hidden className="attached-file-icon" />}
            <span className="attached-file-name">{file.name}</span>
            <span className="attached-file-size">{formatBytes(file.size)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
