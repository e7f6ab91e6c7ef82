import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_MAX_BYTES, fileKindOf, fileProblem } from '@yah/shared';
import { formatBytes, uploadFile, type UploadHandle } from '../upload-file';

export interface PickedFile {
  key: string;
  file: File;
  percent: number;
  /** `offline`: the connection dropped; it goes on by itself once the browser is back online. */
  status: 'uploading' | 'offline' | 'done' | 'error';
  /** Set once the upload is complete. */
  fileId: string | null;
  error: string | null;
}

let nextKey = 0;

/** Files picked for attaching: each uploads at once, with its progress; a failed one can be retried, any one removed. */
export function useFileUploads(max: number) {
  const { t } = useTranslation();
  const [items, setItems] = useState<PickedFile[]>([]);
  const handles = useRef(new Map<string, UploadHandle>());

  const update = useCallback((key: string, change: Partial<PickedFile>) => setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item))), []);

  const start = useCallback(
    (key: string, file: File) => {
      handles.current.set(
        key,
        uploadFile(file, {
          onProgress: (sent, total) => update(key, { status: 'uploading', percent: total > 0 ? Math.floor((sent / total) * 100) : 0 }),
          onOffline: () => update(key, { status: 'offline' }),
          onSuccess: (fileId) => {
            handles.current.delete(key);
            update(key, { status: 'done', percent: 100, fileId });
          },
          onError: (serverMessage) => {
            handles.current.delete(key);
            update(key, { status: 'error', error: serverMessage ?? t('files.failed') });
          },
        }),
      );
    },
    [t, update],
  );

  const add = (files: File[]) => {
    const room = Math.max(0, max - items.length);
    const picked = files.slice(0, room).map((file): PickedFile => {
      const problem = fileProblem(file);
      const kind = fileKindOf(file.type);
      const error = problem ? t(`files.problem.${problem}`, { max: kind ? formatBytes(FILE_MAX_BYTES[kind]) : '' }) : null;
      nextKey += 1;
      return { key: `file-${nextKey}`, file, percent: 0, status: error ? 'error' : 'uploading', fileId: null, error };
    });
    setItems((list) => [...list, ...picked]);
    for (const item of picked) if (item.status === 'uploading') start(item.key, item.file);
    return files.length <= room;
  };

  const retry = (key: string) => {
    const item = items.find((candidate) => candidate.key === key);
    if (!item || fileProblem(item.file)) return;
    update(key, { status: 'uploading', error: null });
    start(key, item.file);
  };

  const remove = (key: string) => {
    handles.current.get(key)?.cancel();
    handles.current.delete(key);
    setItems((list) => list.filter((item) => item.key !== key));
  };

  /** Stops what is still uploading and empties the list (the form closed or was sent). */
  const clear = useCallback(() => {
    for (const handle of handles.current.values()) handle.cancel();
    handles.current.clear();
    setItems([]);
  }, []);

  // Leaving the page stops what is still uploading.
  useEffect(() => {
    const open = handles.current;
    return () => {
      for (const handle of open.values()) handle.cancel();
    };
  }, []);

  return {
    items,
    add,
    retry,
    remove,
    clear,
    fileIds: items.flatMap((item) => (item.fileId ? [item.fileId] : [])),
    /** Some file is still uploading or failed: the form waits until each is done or removed. */
    unfinished: items.some((item) => item.status !== 'done'),
  };
}

export type FileUploads = ReturnType<typeof useFileUploads>;
