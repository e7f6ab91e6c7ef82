import { allowedFileType, fileKindOf } from '@yah/shared';

/** The old Office formats are all OLE compound files: the bytes say "compound file", the declared type says which. */
const COMPOUND_FILE = 'application/x-cfb';
const LEGACY_OFFICE = new Set(['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint']);

/** UTF-8 without NUL bytes (a cut-off character at the end of the sample is fine). */
function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The type an uploaded file is served as: what its bytes are (`detected`, from their signature; none for plain text),
 * provided that is an allowed type of the same kind as the uploader declared. Null: refused.
 */
export function sniffedType(declared: string, detected: string | undefined, head: Uint8Array): string | null {
  const declaredType = allowedFileType(declared);
  if (!declaredType) return null;
  const kind = fileKindOf(declaredType);
  if (detected === undefined) return kind === 'TEXT' && looksLikeText(head) ? declaredType : null;
  if (detected === COMPOUND_FILE) return LEGACY_OFFICE.has(declaredType) ? declaredType : null;
  const type = allowedFileType(detected);
  return type && fileKindOf(type) === kind ? type : null;
}
