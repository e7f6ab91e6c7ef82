import { distanceKm } from './coverage';

/**
 * Places that are not member cities (Dongting Lake, a county, a factory on a trip's itinerary): an assignment may be
 * located at any named point along the belt. The nearest member city is kept beside it for "nearest first".
 */
export const PLACE_LIMITS = {
  /** The place's name, as the events' stops allow (a stop's place is carried over as it is). */
  name: { min: 1, max: 120 },
  /** A rough frame around the 11 provinces of the belt, in degrees (Yunnan's west to Zhoushan's islands). */
  latitude: { min: 20.5, max: 35.5 },
  longitude: { min: 97, max: 123.5 },
  /** How far a place may lie from the nearest member city: farther is not the alliance's ground. */
  maxKmFromMember: 400,
} as const;

/** How many assignments one bulk creation may make (a four-day trip has a dozen stops). */
export const BULK_ASSIGNMENT_LIMITS = { rows: { min: 1, max: 40 }, dueOffsetHours: { min: 0, max: 24 * 14 } } as const;

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** Why a point cannot be an assignment's place, or null when it can (ranges only; the server also checks the distance to members). */
export function placePointProblem(point: { latitude: unknown; longitude: unknown }): 'NOT_A_NUMBER' | 'OUTSIDE_BELT' | null {
  const { latitude, longitude } = point;
  if (typeof latitude !== 'number' || typeof longitude !== 'number' || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return 'NOT_A_NUMBER';
  const { latitude: lat, longitude: lon } = PLACE_LIMITS;
  if (latitude < lat.min || latitude > lat.max || longitude < lon.min || longitude > lon.max) return 'OUTSIDE_BELT';
  return null;
}

/** The candidate nearest to `point` (first of equals), with its distance in km; null for no candidates. */
export function nearestTo<T extends GeoPoint>(point: GeoPoint, candidates: readonly T[]): { item: T; km: number } | null {
  let best: { item: T; km: number } | null = null;
  for (const item of candidates) {
    const km = distanceKm(point, item);
    if (!best || km < best.km) best = { item, km };
  }
  return best;
}

/** A notable place of the belt that editors pick by name instead of typing coordinates. */
export interface GazetteerPlace extends GeoPoint {
  zh: string;
  en: string;
  /** Pinyin without tones or spaces, for search. */
  pinyin: string;
}

/**
 * A small gazetteer of notable places along the belt that are not member cities: lakes, dams, mountains, landmarks,
 * counties. Coordinates to about a kilometre (a lake's or a mountain's centre).
 */
export const BELT_GAZETTEER: readonly GazetteerPlace[] = [
  { zh: '洞庭湖', en: 'Dongting Lake', pinyin: 'dongtinghu', latitude: 29.3167, longitude: 112.95 },
  { zh: '岳阳楼', en: 'Yueyang Tower', pinyin: 'yueyanglou', latitude: 29.3808, longitude: 113.0886 },
  { zh: '鄱阳湖', en: 'Poyang Lake', pinyin: 'poyanghu', latitude: 29.1, longitude: 116.3 },
  { zh: '太湖', en: 'Lake Tai', pinyin: 'taihu', latitude: 31.2, longitude: 120.2 },
  { zh: '巢湖', en: 'Chaohu Lake', pinyin: 'chaohu', latitude: 31.58, longitude: 117.55 },
  { zh: '洪湖', en: 'Honghu Lake', pinyin: 'honghu', latitude: 29.83, longitude: 113.35 },
  { zh: '滇池', en: 'Dian Lake', pinyin: 'dianchi', latitude: 24.83, longitude: 102.7 },
  { zh: '洱海', en: 'Erhai Lake', pinyin: 'erhai', latitude: 25.78, longitude: 100.19 },
  { zh: '千岛湖', en: 'Qiandao Lake', pinyin: 'qiandaohu', latitude: 29.6, longitude: 118.95 },
  { zh: '杭州西湖', en: 'West Lake, Hangzhou', pinyin: 'hangzhouxihu', latitude: 30.25, longitude: 120.15 },
  { zh: '丹江口水库', en: 'Danjiangkou Reservoir', pinyin: 'danjiangkoushuiku', latitude: 32.65, longitude: 111.55 },
  { zh: '三峡大坝', en: 'Three Gorges Dam', pinyin: 'sanxiadaba', latitude: 30.8233, longitude: 111.0031 },
  { zh: '葛洲坝', en: 'Gezhouba Dam', pinyin: 'gezhouba', latitude: 30.7372, longitude: 111.2722 },
  { zh: '白鹤滩水电站', en: 'Baihetan Hydropower Station', pinyin: 'baihetanshuidianzhan', latitude: 27.22, longitude: 102.9 },
  { zh: '白帝城', en: 'Baidi Town', pinyin: 'baidicheng', latitude: 31.04, longitude: 109.57 },
  { zh: '宜宾三江口', en: 'Sanjiangkou, Yibin (where the Yangtze takes its name)', pinyin: 'yibinsanjiangkou', latitude: 28.77, longitude: 104.64 },
  { zh: '都江堰', en: 'Dujiangyan Irrigation System', pinyin: 'dujiangyan', latitude: 31.0, longitude: 103.61 },
  { zh: '峨眉山', en: 'Mount Emei', pinyin: 'emeishan', latitude: 29.52, longitude: 103.33 },
  { zh: '赤水丹霞', en: 'Chishui Danxia', pinyin: 'chishuidanxia', latitude: 28.42, longitude: 105.97 },
  { zh: '梵净山', en: 'Mount Fanjing', pinyin: 'fanjingshan', latitude: 27.91, longitude: 108.69 },
  { zh: '黄果树瀑布', en: 'Huangguoshu Waterfall', pinyin: 'huangguoshupubu', latitude: 25.99, longitude: 105.67 },
  { zh: '神农架', en: 'Shennongjia', pinyin: 'shennongjia', latitude: 31.74, longitude: 110.68 },
  { zh: '武当山', en: 'Wudang Mountains', pinyin: 'wudangshan', latitude: 32.4, longitude: 111.0 },
  { zh: '张家界武陵源', en: 'Wulingyuan, Zhangjiajie', pinyin: 'zhangjiajiewulingyuan', latitude: 29.35, longitude: 110.55 },
  { zh: '庐山', en: 'Mount Lu', pinyin: 'lushan', latitude: 29.56, longitude: 115.99 },
  { zh: '黄山', en: 'Mount Huang', pinyin: 'huangshan', latitude: 30.13, longitude: 118.17 },
  { zh: '黄鹤楼', en: 'Yellow Crane Tower', pinyin: 'huanghelou', latitude: 30.545, longitude: 114.302 },
  { zh: '赤壁古战场', en: 'Red Cliff battlefield, Chibi', pinyin: 'chibiguzhanchang', latitude: 29.88, longitude: 113.62 },
  { zh: '石首天鹅洲麋鹿保护区', en: "Tian'ezhou Père David's deer reserve, Shishou", pinyin: 'shishoutianezhou', latitude: 29.8, longitude: 112.55 },
  { zh: '监利', en: 'Jianli', pinyin: 'jianli', latitude: 29.81, longitude: 112.9 },
  { zh: '南京长江大桥', en: 'Nanjing Yangtze River Bridge', pinyin: 'nanjingchangjiangdaqiao', latitude: 32.11, longitude: 118.74 },
  { zh: '崇明东滩湿地', en: 'Chongming Dongtan Wetland', pinyin: 'chongmingdongtan', latitude: 31.5, longitude: 121.93 },
  { zh: '洋山深水港', en: 'Yangshan Deep-Water Port', pinyin: 'yangshanshenshuigang', latitude: 30.63, longitude: 122.07 },
];

/** Gazetteer places whose Chinese or English name or pinyin holds the query (case and spaces ignored); all for a blank query. */
export function searchGazetteer(query: string, places: readonly GazetteerPlace[] = BELT_GAZETTEER): GazetteerPlace[] {
  const needle = query.toLowerCase().replace(/\s+/g, '');
  if (!needle) return [...places];
  return places.filter((place) => place.zh.includes(needle) || place.en.toLowerCase().replace(/\s+/g, '').includes(needle) || place.pinyin.includes(needle));
}

/** The gazetteer's place of that name in either language, to show a stored name in the reader's language. */
export const gazetteerPlaceNamed = (name: string): GazetteerPlace | undefined => BELT_GAZETTEER.find((place) => place.zh === name || place.en === name);

/** One stop of a trip's itinerary as the bulk template reads it (times HH:MM in alliance time). */
export interface TemplateStop {
  id: string;
  day: string;
  startsAt: string;
  endsAt: string | null;
  place: string;
  activity: string;
  latitude: number | null;
  longitude: number | null;
}

export type TemplateGrouping = 'PER_STOP' | 'PER_DAY';

export interface AssignmentTemplate {
  grouping: TemplateGrouping;
  /** `{place}`, `{activity}`, `{day}` (M月D日 / the ISO day as given) and `{n}` (1, 2, …) are filled in per row. */
  titlePattern: string;
  /** Due this many hours after the stop ends (or starts, without an end); per day: after the day's last stop. */
  dueOffsetHours: number;
}

/** A row the template proposes: an assignment's title, place and due instant, from one stop (or one day's stops). */
export interface TemplateRow {
  key: string;
  day: string;
  title: string;
  place: string;
  point: GeoPoint | null;
  dueAt: Date;
}

/** The instant of a wall-clock time on a calendar day in alliance time (UTC+8 all year). */
export const allianceInstant = (day: string, time: string): Date => new Date(`${day}T${time.slice(0, 5)}:00+08:00`);

const fillTitle = (pattern: string, values: Record<'place' | 'activity' | 'day' | 'n', string>, max: number) =>
  Array.from(pattern.replace(/\{(place|activity|day|n)\}/g, (_match, key: keyof typeof values) => values[key]).replace(/\s+/g, ' ').trim())
    .slice(0, max)
    .join('');

/** The rows a template makes from an itinerary's stops, in itinerary order; titles cut to `titleMax` code points. */
export function expandTemplate(stops: readonly TemplateStop[], template: AssignmentTemplate, titleMax: number, dayLabel: (day: string) => string): TemplateRow[] {
  const ordered = [...stops].sort((a, b) => (a.day + a.startsAt).localeCompare(b.day + b.startsAt));
  const pointOf = (stop: TemplateStop): GeoPoint | null =>
    stop.latitude !== null && stop.longitude !== null ? { latitude: stop.latitude, longitude: stop.longitude } : null;
  const offset = template.dueOffsetHours * 60 * 60 * 1000;
  if (template.grouping === 'PER_STOP') {
    return ordered.map((stop, index) => ({
      key: stop.id,
      day: stop.day,
      title: fillTitle(template.titlePattern, { place: stop.place, activity: stop.activity, day: dayLabel(stop.day), n: String(index + 1) }, titleMax),
      place: stop.place,
      point: pointOf(stop),
      dueAt: new Date(allianceInstant(stop.day, stop.endsAt ?? stop.startsAt).getTime() + offset),
    }));
  }
  const days = [...new Set(ordered.map((stop) => stop.day))];
  return days.map((day, index) => {
    const ofDay = ordered.filter((stop) => stop.day === day);
    const first = ofDay.find((stop) => pointOf(stop)) ?? ofDay[0]!;
    const last = ofDay[ofDay.length - 1]!;
    return {
      key: day,
      day,
      title: fillTitle(template.titlePattern, { place: first.place, activity: ofDay.map((stop) => stop.activity).join('；'), day: dayLabel(day), n: String(index + 1) }, titleMax),
      place: first.place,
      point: pointOf(first),
      dueAt: new Date(allianceInstant(day, last.endsAt ?? last.startsAt).getTime() + offset),
    };
  });
}
