import { describe, expect, it } from 'vitest';
import { formatBytes } from './upload-file';

describe('formatBytes', () => {
  it('says sizes as people read them', () => {
    expect(formatBytes(12)).toBe('12 B');
    expect(formatBytes(204_800)).toBe('200 KB');
    expect(formatBytes(1_572_864)).toBe('1.5 MB');
    expect(formatBytes(7 * 1024 * 1024 + 9)).toBe('7 MB');
    expect(formatBytes(2 * 1024 ** 3)).toBe('2 GB');
  });
});
