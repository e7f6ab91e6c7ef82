/**
 * A word-level diff of two article texts, for the "what changed" panel: Chinese is compared character by character
 * (a character is a word there), other scripts word by word, whitespace and punctuation as their own pieces.
 * Common start and end are trimmed first; the rest is a longest-common-subsequence table, and when that would be too
 * big (two long, wholly rewritten bodies) the middle is shown as one removal and one addition.
 */

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** Above this many table cells the middle is not compared piece by piece. */
export const MAX_DIFF_CELLS = 400_000;

// A Han character (or other CJK ideograph / kana / hangul), a run of letters and digits, a run of whitespace, or any one other character.
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}_]+|\s+|[^]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function push(parts: DiffPart[], kind: DiffKind, text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/** The parts that turn `before` into `after`, in reading order; removals come before additions at the same place. */
export function diffText(before: string, after: string, maxCells: number = MAX_DIFF_CELLS): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if (n * m > maxCells) {
    push(parts, 'removed', midA.join(''));
    push(parts, 'added', midB.join(''));
  } else if (n > 0 || m > 0) {
    // lcs[i][j]: the longest common subsequence of midA[i..] and midB[j..], in one flat array.
    const width = m + 1;
    const lcs = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i -= 1) {
      for (let j = m - 1; j >= 0; j -= 1) {
        lcs[i * width + j] = midA[i] === midB[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push(parts, 'same', midA[i]!);
        i += 1;
        j += 1;
      } else if (j >= m || (i < n && lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
        push(parts, 'removed', midA[i]!);
        i += 1;
      } else {
        push(parts, 'added', midB[j]!);
        j += 1;
      }
    }
  }
  push(parts, 'same', a.slice(endA).join(''));
  return parts;
}

/** The text of one side: the before side keeps same and removed parts, the after side same and added ones. */
export function side(parts: readonly DiffPart[], which: 'before' | 'after'): DiffPart[] {
  const dropped: DiffKind = which === 'before' ? 'added' : 'removed';
  return parts.filter((part) => part.kind !== dropped);
}

/** How much of the longer text the two share, 0–1, from a diff's unchanged parts. */
export function sharedShare(parts: readonly DiffPart[]): number {
  const length = (which: 'before' | 'after') => side(parts, which).reduce((sum, part) => sum + part.text.length, 0);
  const longest = Math.max(length('before'), length('after'));
  if (longest === 0) return 1;
  return parts.filter((part) => part.kind === 'same').reduce((sum, part) => sum + part.text.length, 0) / longest;
}

/**
 * The diff people read: changed words marked while the texts still share most of their words; a text rewritten
 * (less than `minShared` in common) reads better as the old text removed and the new one added, whole.
 */
export function readableDiff(before: string, after: string, minShared = 0.4): DiffPart[] {
  const parts = diffText(before, after);
  if (sharedShare(parts) >= minShared) return parts;
  return [
    ...(before ? [{ kind: 'removed' as const, text: before }] : []),
    ...(after ? [{ kind: 'added' as const, text: after }] : []),
  ];
}
