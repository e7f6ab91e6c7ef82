import { allowedFileType, fileKindOf } from '@yah/shared';

/** The old Office formats are all OLE compound files: the bytes say "compound file", the declared type says which. */
const COMPOUND_FILE = 'application/x-cfb';
const LEGACY_OFFICE = new Set(['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint']);

/** The start of the text, decoded: UTF-8, or GB18030 (what Excel and Notepad on Chinese Windows save); null if neither. */
function decodeText(head: Uint8Array): string | null {
  if (head.includes(0)) return null;
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      // Streamed: a character cut off at the end of the sample is fine.
      return new TextDecoder(encoding, { fatal: true }).decode(head, { stream: true });
    } catch {
      // not this encoding
    }
  }
  return null;
}

/**
 * Markup a browser or an editor would run if the file were opened as a page (HTML, SVG, XML, scripts): never accepted,
 * whatever it is called — downloaded as "report.html", it would run from the reader's disk.
 */
const MARKUP = /^\s*<(?:!doctype|\?xml|!--|html|head|body|svg|script|iframe)\b|<(?:script|svg|iframe|object|embed)\b|\bjavascript:/i;

function isPlainText(head: Uint8Array): boolean {
  const text = decodeText(head);
  return text !== null && !MARKUP.test(text.replace(/^\uFEFF/, ''));
}

/**
 * The type an uploaded file is served as: what its bytes are (`detected`, from their signature; none for plain text),
 * provided that is an allowed type of the same kind as the uploader declared. Null: refused.
 */
export function sniffedType(declared: string, detected: string | undefined, head: Uint8Array): string | null {
  const declaredType = allowedFileType(declared);
  if (!declaredType) return null;
  const kind = fileKindOf(declaredType);
  if (detected === undefined) return kind === 'TEXT' && isPlainText(head) ? declaredType : null;
  if (detected === COMPOUND_FILE) return LEGACY_OFFICE.has(declaredType) ? declaredType : null;
  const type = allowedFileType(detected);
  return type && fileKindOf(type) === kind ? type : null;
}
