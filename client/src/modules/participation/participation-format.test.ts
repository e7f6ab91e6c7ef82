import { describe, expect, it } from 'vitest';
import { i18n } from '@/app/i18n/i18n';
import { wuhanStanding, jingzhouStanding } from './participation.fixtures';
import { defaultPeriod, figureText, indexFormula, isMonth, periodLabel, progressFormula } from './participation-format';
import { participationExportHref, readParticipationFilter } from './participation-filter';
import { sortRows } from './ranking-sort';

const t = i18n.t.bind(i18n);
const period = (id: string, kind: 'YEAR' | 'QUARTER', isCurrent: boolean, quarter: number | null = null) => ({ id, kind, year: 2026, quarter, isCurrent });

describe('participation figures', () => {
  it('writes the count formula with the pro-rated target and the rule', () => {
    const [topics] = jingzhouStanding.commitments;
    expect(progressFormula(t, topics!)).toEqual({
      formula: '实际 8 / 目标 20；按期进度应达 20 × 334/365 = 18.3 → 落后',
      rule: '规则：达到目标为已达成；不低于应达值为正常推进；不低于应达值的 75% 为有风险；再低为落后。',
    });
    expect(figureText(topics!)).toBe('8 / 20');
  });

  it('writes the rate as on time ÷ due, and says when nothing fell due', () => {
    const rate = jingzhouStanding.commitments[1]!;
    expect(progressFormula(t, rate).formula).toBe('按时 8 / 到期 10 = 80.0%；目标 90% → 有风险');
    expect(progressFormula(t, rate).rule).toContain('10 个百分点以内为有风险');
    const nothingDue = { ...rate, actual: null, due: 0, ratio: null, status: 'ON_TRACK' as const };
    expect(progressFormula(t, nothingDue).formula).toBe('本期尚无到期的任务；目标 90% → 正常推进（暂不计入参与指数）');
    expect(figureText(nothingDue)).toBe('— / 90%');
  });

  it('writes the index as its weighted parts, leaving out what cannot be judged', () => {
    expect(indexFormula(jingzhouStanding.commitments, 56.3)).toBe('(2 × 0.40 + 1 × 0.89) ÷ 3 × 100 = 56.3');
    const [topics, rate] = jingzhouStanding.commitments;
    expect(indexFormula([topics!, { ...rate!, ratio: null }], 40)).toBe('(2 × 0.40) ÷ 2 × 100 = 40.0');
    expect(indexFormula([{ ...rate!, ratio: null }], 0)).toBeNull();
  });

  it('opens on the current year, else the newest period', () => {
    expect(defaultPeriod([period('q4', 'QUARTER', true, 4), period('y', 'YEAR', true)])?.id).toBe('y');
    expect(defaultPeriod([period('y27', 'YEAR', false), period('q4', 'QUARTER', false, 4)])?.id).toBe('y27');
    expect(defaultPeriod([])).toBeNull();
    expect(periodLabel(t, period('q', 'QUARTER', false, 2))).toBe('2026 年第 2 季度');
  });

  it('sorts the ranking by any column in its natural direction', () => {
    const names = (key: Parameters<typeof sortRows>[1]) => sortRows([jingzhouStanding, wuhanStanding], key).map((row) => row.member.slug);
    expect(names('rank')).toEqual(['wuhan', 'jingzhou']);
    expect(names('index')).toEqual(['wuhan', 'jingzhou']);
    expect(names('status')).toEqual(['wuhan', 'jingzhou']);
    expect(names('commitment:c-topics')).toEqual(['wuhan', 'jingzhou']);
  });

  it('keeps only well-formed filters from the address and builds export links', () => {
    expect(readParticipationFilter(new URLSearchParams('period=x&province=42'))).toEqual({ periodId: null, provinceCode: null });
    const id = '6b1f4a8e-7c2d-4e5f-9a0b-1c2d3e4f5a01';
    expect(readParticipationFilter(new URLSearchParams(`period=${id}&province=420000`))).toEqual({ periodId: id, provinceCode: '420000' });
    expect(participationExportHref('xlsx', { periodId: 'p', memberId: 'm' })).toBe('/exports/participation.xlsx?period=p&member=m');
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
  });
});
