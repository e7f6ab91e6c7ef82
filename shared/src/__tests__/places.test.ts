import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BELT_GAZETTEER, distanceKm, expandTemplate, gazetteerPlaceNamed, nearestTo, placePointProblem, PLACE_LIMITS, searchGazetteer, type TemplateStop } from '../index';

const YUEYANG = { slug: 'yueyang', latitude: 29.3572, longitude: 113.1289 };
const CHANGSHA = { slug: 'changsha', latitude: 28.2282, longitude: 112.9388 };
const JINGZHOU = { slug: 'jingzhou', latitude: 30.3348, longitude: 112.2397 };

test('a point is refused when it is not a number or outside the belt', () => {
  assert.equal(placePointProblem({ latitude: 29.3167, longitude: 112.95 }), null);
  assert.equal(placePointProblem({ latitude: Number.NaN, longitude: 112 }), 'NOT_A_NUMBER');
  assert.equal(placePointProblem({ latitude: '29', longitude: 112 }), 'NOT_A_NUMBER');
  assert.equal(placePointProblem({ latitude: 39.9, longitude: 116.4 }), 'OUTSIDE_BELT'); // Beijing
  assert.equal(placePointProblem({ latitude: 29, longitude: 90 }), 'OUTSIDE_BELT'); // Tibet
  assert.equal(placePointProblem({ latitude: -29.3, longitude: 112.95 }), 'OUTSIDE_BELT');
});

test('every gazetteer place lies in the frame, and has a name in both languages and a pinyin key', () => {
  assert.ok(BELT_GAZETTEER.length >= 20);
  for (const place of BELT_GAZETTEER) {
    assert.equal(placePointProblem(place), null, place.en);
    assert.ok(place.zh.length >= 2 && place.en.length >= 2 && /^[a-z]+$/.test(place.pinyin), place.en);
    assert.ok(Array.from(place.zh).length <= PLACE_LIMITS.name.max);
  }
  assert.equal(new Set(BELT_GAZETTEER.map((place) => place.zh)).size, BELT_GAZETTEER.length);
});

test('the nearest member city of Dongting Lake is Yueyang', () => {
  const lake = gazetteerPlaceNamed('洞庭湖')!;
  const nearest = nearestTo(lake, [JINGZHOU, CHANGSHA, YUEYANG])!;
  assert.equal(nearest.item.slug, 'yueyang');
  assert.ok(Math.abs(nearest.km - distanceKm(lake, YUEYANG)) < 1e-9);
  assert.ok(nearest.km > 10 && nearest.km < 30, String(nearest.km));
  assert.equal(nearestTo(lake, []), null);
});

test('the gazetteer is searched in Chinese, English and pinyin, ignoring case and spaces', () => {
  assert.deepEqual(searchGazetteer('洞庭').map((p) => p.en), ['Dongting Lake']);
  assert.deepEqual(searchGazetteer('dongting lake').map((p) => p.zh), ['洞庭湖']);
  assert.deepEqual(searchGazetteer('SANXIA').map((p) => p.zh), ['三峡大坝']);
  assert.equal(searchGazetteer('  ').length, BELT_GAZETTEER.length);
  assert.deepEqual(searchGazetteer('nowhere at all'), []);
  assert.equal(gazetteerPlaceNamed('Dongting Lake')?.zh, '洞庭湖');
  assert.equal(gazetteerPlaceNamed('荆州'), undefined);
});

const STOPS: TemplateStop[] = [
  { id: 's3', day: '2026-12-17', startsAt: '08:30', endsAt: '10:30', place: '开发区智能工厂', activity: '智能制造', latitude: 30.3021, longitude: 112.3327 },
  { id: 's1', day: '2026-12-16', startsAt: '09:30', endsAt: '11:30', place: '荆州国际会展中心', activity: '开幕式', latitude: 30.3187, longitude: 112.2712 },
  { id: 's2', day: '2026-12-16', startsAt: '19:00', endsAt: null, place: '荆州古城东门', activity: '夜游古城', latitude: null, longitude: null },
];

test('per stop: one row a stop in itinerary order, titles filled, due after the stop ends in alliance time', () => {
  const rows = expandTemplate(STOPS, { grouping: 'PER_STOP', titlePattern: '{n}. {day} {place}：{activity}', dueOffsetHours: 6 }, 80, (day) => day.slice(5));
  assert.deepEqual(rows.map((row) => row.key), ['s1', 's2', 's3']);
  assert.equal(rows[0]!.title, '1. 12-16 荆州国际会展中心：开幕式');
  assert.equal(rows[0]!.dueAt.toISOString(), '2026-12-16T09:30:00.000Z'); // 11:30 + 6 h in UTC+8 = 17:30 = 09:30Z
  assert.equal(rows[1]!.dueAt.toISOString(), '2026-12-16T17:00:00.000Z'); // no end: 19:00 + 6 h = 01:00 next day
  assert.equal(rows[1]!.point, null);
  assert.deepEqual(rows[2]!.point, { latitude: 30.3021, longitude: 112.3327 });
});

test('per day: one row a day at its first pinned stop, due after its last stop; titles are cut to the limit', () => {
  const rows = expandTemplate(STOPS, { grouping: 'PER_DAY', titlePattern: '{day}：{activity}', dueOffsetHours: 0 }, 10, (day) => day);
  assert.deepEqual(rows.map((row) => [row.key, row.place]), [['2026-12-16', '荆州国际会展中心'], ['2026-12-17', '开发区智能工厂']]);
  assert.equal(rows[0]!.title, '2026-12-16');
  assert.equal(Array.from(rows[0]!.title).length, 10);
  assert.equal(rows[0]!.dueAt.toISOString(), '2026-12-16T11:00:00.000Z');
});
