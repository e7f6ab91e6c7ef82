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

  it('takes plain text without a signature only when it is UTF-8 without NUL bytes', () => {
    expect(sniffedType('text/plain', undefined, text)).toBe('text/plain');
    expect(sniffedType('text/csv', undefined, text.slice(0, text.length - 2))).toBe('text/csv');
    expect(sniffedType('text/plain', undefined, new Uint8Array([0x41, 0x00, 0x42]))).toBeNull();
    expect(sniffedType('text/plain', undefined, new Uint8Array([0xff, 0xfe, 0x41]))).toBeNull();
    expect(sniffedType('image/png', undefined, text)).toBeNull();
  });
});
