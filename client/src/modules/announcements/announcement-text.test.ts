import { describe, expect, it } from 'vitest';
import { i18n } from '@/app/i18n/i18n';
import { audienceLabel, paragraphs } from './announcement-text';

const pickZh = (zh: string) => zh;
const pickEn = (_zh: string, en: string) => en;
const HUBEI = { nameZh: '湖北省', nameEn: 'Hubei' };
const HUNAN = { nameZh: '湖南省', nameEn: 'Hunan' };

describe('announcement text', () => {
  it('names the audience: every member, or the members of the named provinces', () => {
    expect(audienceLabel({ audience: 'ALL', provinces: [] }, i18n.t, pickZh)).toBe('全体成员单位');
    expect(audienceLabel({ audience: 'PROVINCES', provinces: [HUBEI, HUNAN] }, i18n.t, pickZh)).toBe('湖北省、湖南省的成员单位');
    const english = i18n.getFixedT('zh-CN');
    expect(audienceLabel({ audience: 'PROVINCES', provinces: [HUBEI, HUNAN] }, english, pickEn)).toBe('Hubei, Hunan的成员单位');
  });

  it('splits the body into paragraphs at blank lines, keeping single line breaks', () => {
    expect(paragraphs('第一段\n第一段第二行\n\n  \n第二段\r\n\r\n第三段 ')).toEqual(['第一段\n第一段第二行', '第二段', '第三段']);
    expect(paragraphs('   ')).toEqual([]);
  });
});
