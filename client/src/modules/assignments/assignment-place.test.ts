import { describe, expect, it } from 'vitest';
import { whereInput } from './components/assignment-where-fields';
import { placeNameIn } from './hooks/use-assignment-where';

describe('assignment places in the form and on cards', () => {
  it('sends a member city or a place, never both', () => {
    expect(whereInput({ where: 'MEMBER', locationMemberId: 'm1', placeName: '洞庭湖', placeLatitude: 29.3, placeLongitude: 112.9 })).toEqual({ locationMemberId: 'm1', place: null });
    expect(whereInput({ where: 'PLACE', locationMemberId: 'm1', placeName: ' 洞庭湖 ', placeLatitude: 29.3167, placeLongitude: 112.95 })).toEqual({
      locationMemberId: null,
      place: { name: '洞庭湖', latitude: 29.3167, longitude: 112.95 },
    });
  });

  it("shows a well-known place's name in the reader's language, any other name as written", () => {
    expect(placeNameIn('洞庭湖', true)).toBe('Dongting Lake');
    expect(placeNameIn('Dongting Lake', false)).toBe('洞庭湖');
    expect(placeNameIn('荆州国际会展中心', true)).toBe('荆州国际会展中心');
  });
});
