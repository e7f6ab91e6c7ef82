/** Attachments: what may be uploaded, how large, and how many at once. Used by the server (enforces) and the client (guides). */

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const FILE_KINDS = ['IMAGE', 'VIDEO', 'AUDIO', 'PDF', 'DOCUMENT', 'TEXT', 'ARCHIVE'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const FILE_STATES = ['UPLOADING', 'READY'] as const;
export type FileState = (typeof FILE_STATES)[number];

/** The largest file of each kind, in bytes. */
export const FILE_MAX_BYTES: Record<FileKind, number> = {
  IMAGE: 30 * MiB,
  VIDEO: 4 * GiB,
  AUDIO: 500 * MiB,
  PDF: 100 * MiB,
  DOCUMENT: 100 * MiB,
  TEXT: 10 * MiB,
  ARCHIVE: 500 * MiB,
};

/** The allowed types (never HTML or SVG: a browser would run what they carry). */
export const FILE_TYPES: Record<string, FileKind> = {
  'image/jpeg': 'IMAGE',
  'image/png': 'IMAGE',
  'image/gif': 'IMAGE',
  'image/webp': 'IMAGE',
  'image/heic': 'IMAGE',
  'video/mp4': 'VIDEO',
  'video/quicktime': 'VIDEO',
  'video/webm': 'VIDEO',
  'audio/mpeg': 'AUDIO',
  'audio/mp4': 'AUDIO',
  'audio/aac': 'AUDIO',
  'audio/wav': 'AUDIO',
  'audio/ogg': 'AUDIO',
  'audio/flac': 'AUDIO',
  'audio/amr': 'AUDIO',
  'application/pdf': 'PDF',
  'application/msword': 'DOCUMENT',
  'application/vnd.ms-excel': 'DOCUMENT',
  'application/vnd.ms-powerpoint': 'DOCUMENT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCUMENT',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'DOCUMENT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'DOCUMENT',
  'text/plain': 'TEXT',
  'text/csv': 'TEXT',
  'application/zip': 'ARCHIVE',
};

/** Other names browsers give the same types (Windows calls a zip `application/x-zip-compressed`). */
const TYPE_ALIASES: Record<string, string> = {
  'application/x-zip-compressed': 'application/zip',
  'image/jpg': 'image/jpeg',
  'audio/mp3': 'audio/mpeg',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/x-flac': 'audio/flac',
  'audio/x-aac': 'audio/aac',
};

export const FILE_LIMITS = {
  /** Longest original file name kept (longer ones are refused at upload). */
  name: 255,
  /** Uploads one person may have in progress at once. */
  uploadsInProgress: 5,
  /** Files attached to one piece of evidence. */
  filesPerEvidence: 10,
  /** Files attached to one claim's submission (kept across resubmissions until the reporter removes them). */
  filesPerClaim: 20,
  /**
   * Bytes one person may keep in the file store (uploads in progress count with their declared length): reserved when
   * an upload begins, given back when a file is removed, refused or never attached.
   */
  storagePerPerson: 20 * GiB,
  /** An upload never attached within this time is removed. */
  orphanHours: 24,
} as const;

/** The allowed type a declared MIME type names (parameters and case ignored), or null. */
export function allowedFileType(declared: string): string | null {
  const bare = declared.split(';')[0]?.trim().toLowerCase() ?? '';
  const type = TYPE_ALIASES[bare] ?? bare;
  return type in FILE_TYPES ? type : null;
}

export const fileKindOf = (type: string): FileKind | null => FILE_TYPES[allowedFileType(type) ?? ''] ?? null;

/** The kinds a browser may show in place (as <img>, <video>, <audio>); every other file is only ever downloaded. */
export const PREVIEW_FILE_KINDS: readonly FileKind[] = ['IMAGE', 'VIDEO', 'AUDIO'];

/** Why a file may not be uploaded, or null when it may: checked before the first byte is sent and again by the server. */
export function fileProblem(file: { name: string; size: number; type: string }): 'TYPE_NOT_ALLOWED' | 'TOO_LARGE' | 'EMPTY' | 'NAME_TOO_LONG' | null {
  const kind = fileKindOf(file.type);
  if (!kind) return 'TYPE_NOT_ALLOWED';
  if (file.size <= 0) return 'EMPTY';
  if (file.size > FILE_MAX_BYTES[kind]) return 'TOO_LARGE';
  if ([...file.name].length > FILE_LIMITS.name) return 'NAME_TOO_LONG';
  return null;
}
