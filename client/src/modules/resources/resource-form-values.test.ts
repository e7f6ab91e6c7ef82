import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { emptyResourceForm, isEmptyBody, resourceToFormValues, toResourceInput } from './resource-form-values';

describe('resource form values', () => {
  it('sends a library piece with its content fields, the embargo as the Beijing instant, empty parts as null', () => {
    const input = toResourceInput({
      ...emptyResourceForm('CONTENT'),
      title: '  荆州古城墙夜景  ',
      description: '摘要',
      body: '<p>正文</p>',
      themes: ['文旅', ' 文旅 ', ''],
      originalUrl: ' ',
      media: [{ url: ' https://img.example.com/1.jpg ', kind: 'IMAGE', credit: ' 张三 ', caption: '' }],
      embargoUntil: dayjs('2026-12-18T08:00'),
    });
    expect(input).toMatchObject({
      area: 'CONTENT',
      title: '荆州古城墙夜景',
      themes: ['文旅'],
      body: '<p>正文</p>',
      originalUrl: null,
      media: [{ url: 'https://img.example.com/1.jpg', kind: 'IMAGE', credit: '张三', caption: null }],
      embargoUntil: '2026-12-18T00:00:00.000Z',
    });
    expect(input).not.toHaveProperty('capacityPerPeriod');
  });

  it('sends another area with terms and capacity, and no period without a capacity', () => {
    const input = toResourceInput({ ...emptyResourceForm('CHANNEL'), title: '公众号推送', description: '头条位', capacityPeriod: 'MONTH' });
    expect(input).toMatchObject({ area: 'CHANNEL', capacityPerPeriod: null, capacityPeriod: null });
    expect(input).not.toHaveProperty('body');
    expect(toResourceInput({ ...emptyResourceForm('CHANNEL'), title: 'x', description: 'y', capacityPerPeriod: 4, capacityPeriod: 'MONTH' })).toMatchObject({
      capacityPerPeriod: 4,
      capacityPeriod: 'MONTH',
    });
  });

  it('treats what an emptied editor leaves as no body, and round-trips a saved piece', () => {
    expect(isEmptyBody('<p></p>')).toBe(true);
    expect(isEmptyBody('<p>&nbsp;</p>')).toBe(true);
    expect(isEmptyBody('<p>字</p>')).toBe(false);
    const values = resourceToFormValues({
      area: 'CONTENT',
      title: '标题',
      description: '摘要',
      terms: '',
      availability: '',
      contact: '',
      capacityPerPeriod: null,
      capacityPeriod: null,
      themes: ['文旅'],
      provinceCodes: ['420000'],
      cities: ['荆州'],
      body: '<p>正文</p>',
      byline: '记者 李四',
      originalUrl: 'https://news.example.com/1',
      media: [],
      creditLine: '来源：荆州日报社',
      excludedProvinceCodes: ['310000'],
      noResyndication: true,
      embargoUntil: '2026-12-18T00:00:00.000Z',
    });
    expect(toResourceInput(values)).toMatchObject({ embargoUntil: '2026-12-18T00:00:00.000Z', excludedProvinceCodes: ['310000'], noResyndication: true });
  });
});
