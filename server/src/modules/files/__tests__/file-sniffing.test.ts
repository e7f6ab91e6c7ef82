import { sniffedType } from '../file-sniffing';

const text = new TextEncoder().encode('承诺材料：培训签到表\n');

describe('the type a file is served as', () => {
  it('is what the bytes are, when that is the kind the uploader declared', () => {
    expect(sniffedType('image/jpg', 'image/png', new Uint8Array())).toBe('image/png');
    expect(sniffedType('application/x-zip-compressed', 'application/zip', new Uint8Array())).toBe('application/zip');
    expect(sniffedType('application/msword', 'application/x-cfb', new Uint8Array())).toBe('application/msword');
  });

  it('refuses bytes of another kind or of no allowed type', () => {
    expect(sniffedType('image/png', 'application/pdf', new Uint8Array())).toBeNull();
    expect(sniffedType('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/zip', new Uint8Array())).toBeNull();
    expect(sniffedType('application/pdf', 'application/x-cfb', new Uint8Array())).toBeNull();
    expect(sniffedType('text/plain', 'application/x-msdownload', new Uint8Array())).toBeNull();
    expect(sniffedType('text/html', undefined, text)).toBeNull();
  });

  it('takes plain text without a signature only when it is UTF-8 or GB18030 without NUL bytes', () => {
    // 你好，世界 as Excel and Notepad on Chinese Windows save it (GBK, a part of GB18030).
    expect(sniffedType('text/csv', undefined, new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac, 0xca, 0xc0, 0xbd, 0xe7]))).toBe('text/csv');
    expect(sniffedType('text/plain', undefined, text)).toBe('text/plain');
    expect(sniffedType('text/csv', undefined, text.slice(0, text.length - 2))).toBe('text/csv');
    expect(sniffedType('text/plain', undefined, new Uint8Array([0x41, 0x00, 0x42]))).toBeNull();
    expect(sniffedType('text/plain', undefined, new Uint8Array([0xff, 0xfe, 0x41]))).toBeNull();
    expect(sniffedType('image/png', undefined, text)).toBeNull();
  });

  it('never takes markup as text, whatever it is called: it would run when the downloaded file is opened', () => {
    const as = (body: string) => sniffedType('text/plain', undefined, new TextEncoder().encode(body));
    expect(as('<html><script>alert(document.domain)</script>')).toBeNull();
    expect(as('\uFEFF  <!DOCTYPE html><p>hi')).toBeNull();
    expect(as('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')).toBeNull();
    expect(as('<?xml version="1.0"?><note/>')).toBeNull();
    expect(as('名单\n<script src="https://evil.example/x.js"></script>')).toBeNull();
    expect(as('培训签到：\n张三 <zhang@example.com>\n合计 3 < 5')).toBe('text/plain');
  });
});
