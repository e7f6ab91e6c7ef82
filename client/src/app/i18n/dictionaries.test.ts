import { describe, expect, it } from 'vitest';
import { ALLIANCE_ROLES, CHANNEL_KINDS, ERROR_CODES, ERROR_REASONS, MEMBER_STATUSES, OUTLET_KINDS, ROLES } from '@yah/shared';
import { en } from './en';
import { zhCN } from './zh-CN';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('dictionaries', () => {
  it('have the same keys in Chinese and English, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
    for (const dictionary of [zhCN, en]) {
      for (const key of keys(dictionary)) {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], dictionary);
        expect(typeof value === 'string' && value.length > 0, key).toBe(true);
      }
    }
  });

  it('translate every shared enum value and error', () => {
    expect(Object.keys(zhCN.enums.role).sort()).toEqual([...ROLES].sort());
    expect(Object.keys(zhCN.enums.outletKind).sort()).toEqual([...OUTLET_KINDS].sort());
    expect(Object.keys(zhCN.enums.allianceRole).sort()).toEqual([...ALLIANCE_ROLES].sort());
    expect(Object.keys(zhCN.enums.memberStatus).sort()).toEqual([...MEMBER_STATUSES].sort());
    expect(Object.keys(zhCN.enums.channelKind).sort()).toEqual([...CHANNEL_KINDS].sort());
    expect(Object.keys(zhCN.errors.code).sort()).toEqual([...ERROR_CODES].sort());
    expect(Object.keys(zhCN.errors.reason).sort()).toEqual([...ERROR_REASONS].sort());
  });
});
