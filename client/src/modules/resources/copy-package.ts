export type CopyFormat = 'html' | 'text';

export interface CopyablePackage {
  html: string;
  text: string;
}

/**
 * Puts the republication package on the clipboard. As HTML, both flavours go in one item so a rich editor
 * (a CMS, WeChat's editor) pastes the formatted piece and a plain field still gets text; where the browser
 * has no `ClipboardItem` (older Safari, Firefox before 127), the plain text is copied instead.
 * Returns what was actually copied.
 */
export async function copyPackage(pkg: CopyablePackage, format: CopyFormat, clipboard: Clipboard = navigator.clipboard): Promise<CopyFormat> {
  if (format === 'html' && typeof ClipboardItem !== 'undefined' && typeof clipboard.write === 'function') {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([pkg.html], { type: 'text/html' }),
          'text/plain': new Blob([pkg.text], { type: 'text/plain' }),
        }),
      ]);
      return 'html';
    } catch {
      // Some browsers refuse rich items outright: plain text is still worth having.
    }
  }
  await clipboard.writeText(pkg.text);
  return 'text';
}
