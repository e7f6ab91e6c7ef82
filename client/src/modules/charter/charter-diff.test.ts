import { describe, expect, it } from 'vitest';
import { diffText, readableDiff, sharedShare, side, tokenize } from './charter-diff';

describe('tokenize', () => {
  it('splits Chinese by character and other text by word, keeping spaces and punctuation', () => {
    expect(tokenize('共享平台，co-plan 2 topics')).toEqual(['共', '享', '平', '台', '，', 'co', '-', 'plan', ' ', '2', ' ', 'topics']);
    expect(tokenize('')).toEqual([]);
  });
});

describe('diffText', () => {
  it('marks the changed characters of a Chinese article and keeps the rest', () => {
    const parts = diffText('成员单位应当共同策划、联合作战。', '成员单位应当共同策划、联合采访、联合作战。');
    expect(parts).toEqual([
      { kind: 'same', text: '成员单位应当共同策划、联合' },
      { kind: 'added', text: '采访、联合' },
      { kind: 'same', text: '作战。' },
    ]);
  });

  it('marks replaced words, removals before additions', () => {
    expect(diffText('share the platform yearly', 'share the channel yearly')).toEqual([
      { kind: 'same', text: 'share the ' },
      { kind: 'removed', text: 'platform' },
      { kind: 'added', text: 'channel' },
      { kind: 'same', text: ' yearly' },
    ]);
  });

  it('gives each side its own text back', () => {
    const before = '每年至少发起两个联合选题。';
    const after = '每季度至少发起一个联合选题。';
    const parts = diffText(before, after);
    expect(side(parts, 'before').map((part) => part.text).join('')).toBe(before);
    expect(side(parts, 'after').map((part) => part.text).join('')).toBe(after);
    expect(parts.some((part) => part.kind === 'removed')).toBe(true);
    expect(parts.some((part) => part.kind === 'added')).toBe(true);
  });

  it('handles empty sides and identical texts', () => {
    expect(diffText('', '新条款')).toEqual([{ kind: 'added', text: '新条款' }]);
    expect(diffText('旧条款', '')).toEqual([{ kind: 'removed', text: '旧条款' }]);
    expect(diffText('不变', '不变')).toEqual([{ kind: 'same', text: '不变' }]);
  });

  it('falls back to one removal and one addition when the texts are too long to compare piece by piece', () => {
    expect(diffText('开头甲乙丙结尾', '开头丁戊己结尾', 4)).toEqual([
      { kind: 'same', text: '开头' },
      { kind: 'removed', text: '甲乙丙' },
      { kind: 'added', text: '丁戊己' },
      { kind: 'same', text: '结尾' },
    ]);
  });
});

describe('readableDiff', () => {
  it('marks words while the texts share most of them, and shows a rewritten text whole', () => {
    const light = readableDiff('成员单位每年至少向稿件库提供十篇稿件。', '成员单位每季度至少向稿件库提供十篇稿件。');
    expect(light.filter((part) => part.kind === 'same').length).toBeGreaterThan(0);
    expect(sharedShare(light)).toBeGreaterThan(0.8);
    expect(readableDiff('各成员单位指定一名联络员，负责日常沟通。', '成员单位在文旅、会展等产业项目上开展合作。')).toEqual([
      { kind: 'removed', text: '各成员单位指定一名联络员，负责日常沟通。' },
      { kind: 'added', text: '成员单位在文旅、会展等产业项目上开展合作。' },
    ]);
  });
});
