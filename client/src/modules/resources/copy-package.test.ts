import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyPackage } from './copy-package';

const pkg = {
  html: '<h1>荆州古城墙</h1><p>来源：荆州日报社</p>',
  text: '荆州古城墙\n来源：荆州日报社',
};

/** jsdom's Blob has no `text()`: read it the old way. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

function fakeClipboard(write: (items: FakeClipboardItem[]) => Promise<void> = async () => undefined) {
  return { write: vi.fn(write), writeText: vi.fn(async () => undefined) } as unknown as Clipboard & {
    write: ReturnType<typeof vi.fn>;
    writeText: ReturnType<typeof vi.fn>;
  };
}

describe('copyPackage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('puts HTML and plain text into one clipboard item, so a rich editor and a plain field both paste well', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const clipboard = fakeClipboard();
    await expect(copyPackage(pkg, 'html', clipboard)).resolves.toBe('html');
    const [items] = clipboard.write.mock.calls[0] as [FakeClipboardItem[]];
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(Object.keys(item.items).sort()).toEqual(['text/html', 'text/plain']);
    await expect(readBlob(item.items['text/html']!)).resolves.toBe(pkg.html);
    await expect(readBlob(item.items['text/plain']!)).resolves.toBe(pkg.text);
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });

  it('copies plain text when asked, and falls back to it where rich items are missing or refused', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const plain = fakeClipboard();
    await expect(copyPackage(pkg, 'text', plain)).resolves.toBe('text');
    expect(plain.write).not.toHaveBeenCalled();
    expect(plain.writeText).toHaveBeenCalledWith(pkg.text);

    const refusing = fakeClipboard(async () => {
      throw new DOMException('not allowed', 'NotAllowedError');
    });
    await expect(copyPackage(pkg, 'html', refusing)).resolves.toBe('text');
    expect(refusing.writeText).toHaveBeenCalledWith(pkg.text);

    vi.stubGlobal('ClipboardItem', undefined);
    const old = fakeClipboard();
    await expect(copyPackage(pkg, 'html', old)).resolves.toBe('text');
    expect(old.write).not.toHaveBeenCalled();
  });
});
