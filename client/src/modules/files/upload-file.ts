import { DetailedError, Upload } from 'tus-js-client';
import { allowedFileType } from '@yah/shared';

/** The server's tus endpoint (same origin: the session cookie goes along). */
const ENDPOINT = '/uploads';
/** Sent a chunk at a time, so a dropped connection loses at most one chunk. */
const CHUNK_BYTES = 5 * 1024 * 1024;

export interface UploadCallbacks {
  onProgress: (sent: number, total: number) => void;
  onSuccess: (fileId: string) => void;
  /** Why the server refused, when it said (its message), or null for a network failure. */
  onError: (serverMessage: string | null) => void;
  /** The connection is gone (the browser is offline): the upload goes on by itself once it is back. */
  onOffline?: () => void;
}

export interface UploadHandle {
  /** Stops the upload and asks the server to forget it. */
  cancel: () => void;
}

/**
 * Sends a file with the tus protocol: resumable after a dropped connection (retried with pauses; while the browser is
 * offline it waits for the connection and then goes on from where the server stopped), and, after a reload, from where
 * the same file stopped. The file's id is the last segment of its upload URL.
 */
export function uploadFile(file: File, callbacks: UploadCallbacks): UploadHandle {
  let cancelled = false;
  // tus-js-client gives up at once when a chunk fails while the browser is offline: start again (HEAD, then the rest) once online.
  const resumeWhenOnline = () => {
    if (!cancelled) upload.start();
  };
  const upload = new Upload(file, {
    endpoint: ENDPOINT,
    chunkSize: CHUNK_BYTES,
    retryDelays: [0, 1000, 3000, 5000, 10000, 20000],
    removeFingerprintOnSuccess: true,
    metadata: { filename: file.name, filetype: allowedFileType(file.type) ?? file.type },
    onProgress: callbacks.onProgress,
    onSuccess: () => callbacks.onSuccess(upload.url?.split('/').pop() ?? ''),
    onError: (error) => {
      const response = error instanceof DetailedError ? error.originalResponse : null;
      const status = response?.getStatus() ?? 0;
      if (status === 0 && typeof navigator !== 'undefined' && !navigator.onLine) {
        window.addEventListener('online', resumeWhenOnline, { once: true });
        callbacks.onOffline?.();
        return;
      }
      callbacks.onError(status >= 400 && status < 500 ? response?.getBody()?.trim() || null : null);
    },
  });
  void upload.findPreviousUploads().then((previous) => {
    if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
    upload.start();
  });
  return {
    cancel: () => {
      cancelled = true;
      window.removeEventListener('online', resumeWhenOnline);
      void upload.abort(true).catch(() => undefined);
    },
  };
}

/** 1.5 MB, 320 KB, 12 B: sizes as people read them. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : Number(value.toFixed(value < 10 ? 1 : 0))} ${units[unit]}`;
}
