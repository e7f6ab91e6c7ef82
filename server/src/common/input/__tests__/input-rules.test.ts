import 'reflect-metadata';
import { validate } from 'class-validator';
import { LIMITS } from '@yah/shared';
import { IsCalendarDate, IsId, IsText, IsTextList } from '../decorators';
import { checkCalendarDate, checkId, checkIdList, checkInstant, checkText, checkTextList } from '../text-rules';

const NAME = { min: 1, max: 60 };

describe('defect 4: the input layer', () => {
  it('trims, and refuses text that is blank once trimmed', () => {
    expect(checkText('  长江  ', NAME)).toEqual({ ok: true, value: '长江' });
    expect(checkText(' \t\u3000 ', NAME)).toEqual({ ok: false, problem: 'must not be blank' });
    expect(checkText('', NAME)).toEqual({ ok: false, problem: 'must not be blank' });
    // Nothing visible is blank too: zero-width spaces, a BOM.
    for (const invisible of ['\u200B\u200B\uFEFF', '\u3164\u3164', '\u2800'.repeat(10), '\u115F', '\u034F\uFE0F', '\u00AD']) {
      expect(checkText(invisible, NAME)).toEqual({ ok: false, problem: 'must not be blank' });
    }
    // …while text that shows something keeps its joiners and selectors.
    expect(checkText('荆州\uFE0F', NAME)).toEqual({ ok: true, value: '荆州\uFE0F' });
    expect(checkText('\u200B', { max: 60, blankAsNull: true })).toEqual({ ok: true, value: null });
    expect(checkText('   ', { max: 60, blankAsNull: true })).toEqual({ ok: true, value: null });
    expect(checkText('   ', { max: 60 })).toEqual({ ok: true, value: '' });
  });

  it('counts length in code points, as PostgreSQL does', () => {
    expect(checkText('😀'.repeat(60), NAME).ok).toBe(true);
    expect(checkText('😀'.repeat(61), NAME).ok).toBe(false);
    expect(checkText('a\uFE0F'.repeat(30), NAME).ok).toBe(true);
    expect(checkText('a\uFE0F'.repeat(60), NAME)).toEqual({ ok: false, problem: 'must be at most 60 characters' });
  });

  it('refuses control characters, bidi overrides and lone surrogates; multi-line text keeps \\n and \\t', () => {
    for (const bad of ['a\u0000b', 'a\u0007', 'a\u007F', 'a\u0085b', 'line\nbreak', 'tab\there', 'line\u2028separator', 'para\u2029graph']) expect(checkText(bad, NAME).ok).toBe(false);
    for (const bad of ['evil\u202Etxt.exe', 'a\u2066b']) expect(checkText(bad, NAME).ok).toBe(false);
    // Alone they show nothing, yet they are refused, not taken for a blank optional value.
    for (const bad of ['\u202E', ' \u2066 ', '\u0085']) expect(checkText(bad, { max: 60, blankAsNull: true }).ok).toBe(false);
    for (const bad of ['a\uD800', '\uDC00a', 'x\uD83Dy']) expect(checkText(bad, NAME)).toEqual({ ok: false, problem: expect.stringMatching(/surrogate/) });
    expect(checkText('第一段\r\n\t第二段', { ...NAME, multiline: true })).toEqual({ ok: true, value: '第一段\n\t第二段' });
    expect(checkText('a\u0000b', { ...NAME, multiline: true }).ok).toBe(false);
    expect(checkText('مرحبا 👩‍👩‍👧', NAME).ok).toBe(true);
  });

  it('keeps secrets verbatim, but still without control characters', () => {
    expect(checkText('  spaced secret  ', { ...LIMITS.password, verbatim: true })).toEqual({ ok: true, value: '  spaced secret  ' });
    expect(checkText('secret\u0000secret', { ...LIMITS.password, verbatim: true }).ok).toBe(false);
  });

  it('checks formats after trimming: http(s) links within the column, email addresses', () => {
    const url = { min: 1, max: LIMITS.url.max, format: 'url' } as const;
    expect(checkText(' https://news.example/a ', url)).toEqual({ ok: true, value: 'https://news.example/a' });
    for (const bad of ['javascript:alert(1)', 'ftp://x.example/a', 'news.example', 'https://user:secret@news.example/a', `https://news.example/${'a'.repeat(600)}`]) expect(checkText(bad, url).ok).toBe(false);
    expect(checkText(' Editor@Demo.Example ', { max: 254, format: 'email' }).ok).toBe(true);
    expect(checkText('not an email', { max: 254, format: 'email' }).ok).toBe(false);
  });

  it('checks lists item by item', () => {
    expect(checkTextList([' a ', 'b'], { max: 20 }, { max: 8 })).toEqual({ ok: true, value: ['a', 'b'] });
    expect(checkTextList(['a', ' '], { max: 20 }, { max: 8 }).ok).toBe(false);
    expect(checkTextList(['a', 'b', 'c'], { max: 20 }, { max: 2 }).ok).toBe(false);
    expect(checkTextList([], { max: 20 }, { min: 1, max: 2 }).ok).toBe(false);
  });

  it('parses ids, calendar dates and instants strictly', () => {
    expect(checkId('0b7f3a52-1c1e-4b8e-9d2a-5b8f0e2c7a10').ok).toBe(true);
    for (const bad of ['x', '', '0b7f3a52-1c1e-4b8e-9d2a-5b8f0e2c7a1', '0b7f3a52-1c1e-4b8e-9d2a-5b8f0e2c7a10\u0000', 42]) expect(checkId(bad).ok).toBe(false);
    expect(checkIdList(['x']).ok).toBe(false);
    expect(checkIdList(Array.from({ length: LIMITS.idsPerRequest.max + 1 }, () => '0b7f3a52-1c1e-4b8e-9d2a-5b8f0e2c7a10')).ok).toBe(false);
    expect(checkCalendarDate('2026-12-16')).toEqual({ ok: true, value: '2026-12-16' });
    for (const bad of ['2026-02-30', '2026-13-01', '2026-12-16T00:00:00Z', '0000-01-01', '16/12/2026', '1900-01-01', '9999-12-31']) expect(checkCalendarDate(bad).ok).toBe(false);
    expect(checkCalendarDate('9999-12-31')).toMatchObject({ problem: expect.stringContaining(`${LIMITS.years.min}–${LIMITS.years.max}`) });
    expect(checkInstant(new Date('2026-12-16T08:00:00Z')).ok).toBe(true);
    expect(checkInstant(new Date('0000-01-01T00:00:00Z')).ok).toBe(false);
    expect(checkInstant(new Date('9999-12-31T00:00:00Z')).ok).toBe(false);
  });

  it('decorators hand the resolver the clean value and name the field when refusing', async () => {
    class Sample {
      @IsText({ min: 4, max: 80 }) title!: string;
      @IsTextList({ max: 40 }, { max: 3 }) cities!: string[];
      @IsId() id!: string;
      @IsCalendarDate() day!: string;
    }
    const good = Object.assign(new Sample(), { title: '  长江大保护  ', cities: [' 荆州 '], id: '0b7f3a52-1c1e-4b8e-9d2a-5b8f0e2c7a10', day: '2026-12-16' });
    expect(await validate(good)).toEqual([]);
    expect(good.title).toBe('长江大保护');
    expect(good.cities).toEqual(['荆州']);

    const bad = Object.assign(new Sample(), { title: '   \u3000 ', cities: ['荆\u0000州'], id: 'x', day: '2026-02-30' });
    const errors = await validate(bad);
    expect(Object.fromEntries(errors.map((error) => [error.property, Object.values(error.constraints ?? {})[0]]))).toEqual({
      title: 'title must not be blank',
      cities: 'cities item 1 must be a single line without control characters',
      id: 'id must be an id (a UUID)',
      day: `day must be a real day written YYYY-MM-DD, in the years ${LIMITS.years.min}–${LIMITS.years.max}`,
    });
    expect(bad.title).toBe('   \u3000 ');
  });
});
