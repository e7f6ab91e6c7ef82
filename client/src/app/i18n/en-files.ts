import type { zhCNFileErrorReasons, zhCNFiles } from './zh-CN-files';

export const enFiles: typeof zhCNFiles = {
  files: {
    title: 'Attachments',
    pick: 'Click to choose files, or drop them here',
    help: 'Images ({{IMAGE}}), video ({{VIDEO}}), audio ({{AUDIO}}), PDF ({{PDF}}), Office documents ({{DOCUMENT}}), plain text ({{TEXT}}), zip ({{ARCHIVE}}); at most {{max}} files. Uploads resume after a dropped connection',
    uploading: 'Uploading {{percent}}%',
    done: 'Uploaded',
    failed: 'Upload failed',
    offline: 'Connection lost: the upload goes on from where it stopped once you are back online',
    retry: 'Retry',
    remove: 'Remove {{name}}',
    downloadPrefix: 'Download',
    waitForUploads: 'Wait for the uploads to finish, or remove the unfinished files',
    tooMany: 'At most {{max}} files',
    removeAttached: 'Delete attachment {{name}}',
    confirmRemove: 'Delete the attachment “{{name}}”? It cannot be recovered.',
    removed: 'Attachment deleted',
    attachedCount: '{{count}} files attached; {{left}} more may be added',
    kind: { IMAGE: 'Image', VIDEO: 'Video', AUDIO: 'Audio', PDF: 'PDF', DOCUMENT: 'Document', TEXT: 'Text', ARCHIVE: 'Archive' },
    problem: {
      TYPE_NOT_ALLOWED: 'This type of file is not accepted: images, video, audio, PDF, Office documents, plain text and zip are',
      TOO_LARGE: 'The file is larger than files of its type may be ({{max}})',
      EMPTY: 'The file is empty',
      NAME_TOO_LONG: 'The file name is too long',
    },
  },
};

export const enFileErrorReasons: typeof zhCNFileErrorReasons = {
  FILE_NOT_ATTACHABLE: 'Attach only files you uploaded, once complete and not attached elsewhere.',
  TOO_MANY_UPLOADS: 'Too many uploads at once: wait for the earlier ones to finish.',
  STORAGE_QUOTA: 'Your file storage is full: delete attachments you no longer need first.',
  TOO_MANY_FILES: 'This already carries as many files as it may: delete some first.',
};
