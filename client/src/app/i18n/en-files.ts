import type { zhCNFileErrorReasons, zhCNFiles } from './zh-CN-files';

export const enFiles: typeof zhCNFiles = {
  files: {
    title: 'Attachments',
    pick: 'Click to choose files, or drop them here',
    help: 'Images ({{IMAGE}}), video ({{VIDEO}}), PDF ({{PDF}}), Office documents ({{DOCUMENT}}), plain text ({{TEXT}}), zip ({{ARCHIVE}}); at most {{max}} files',
    uploading: 'Uploading {{percent}}%',
    done: 'Uploaded',
    failed: 'Upload failed',
    retry: 'Retry',
    remove: 'Remove {{name}}',
    download: 'Download {{name}}',
    waitForUploads: 'Wait for the uploads to finish, or remove the unfinished files',
    tooMany: 'At most {{max}} files',
    problem: {
      TYPE_NOT_ALLOWED: 'This type of file is not accepted: images, video, PDF, Office documents, plain text and zip are',
      TOO_LARGE: 'The file is larger than files of its type may be ({{max}})',
      EMPTY: 'The file is empty',
      NAME_TOO_LONG: 'The file name is too long',
    },
  },
};

export const enFileErrorReasons: typeof zhCNFileErrorReasons = {
  FILE_NOT_ATTACHABLE: 'Attach only files you uploaded, once complete and not attached elsewhere.',
  TOO_MANY_UPLOADS: 'Too many uploads at once: wait for the earlier ones to finish.',
};
