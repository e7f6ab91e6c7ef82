import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { ANNOUNCEMENT_LIMITS, CHARTER_LIMITS, COVERAGE_LIMITS, EVENT_LIMITS, LIMITS, PLACE_LIMITS, PUBLICATION_LIMITS, RESOURCE_LIMITS, textLength } from '@yah/shared';

/**
 * The machinery of the schema-driven input fuzz test (graphql/__tests__/input-fuzz.suite.ts): where
 * each argument sits, hostile values around its bounds, and what a stored value must look like.
 */

export type Vars = Record<string, unknown>;

/** Where an argument or input field sits, and its type. */
export interface Slot {
  owner: string;
  path: (string | number)[];
  name: string;
  type: GraphQLInputType;
  description: string | null | undefined;
}

export const UUID = '0b7f3a52-1c1e-4b8e-9d2a-5b8f0e2c7a10';
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** The bounds a text may reach, as PostgreSQL counts it, keyed "Owner.field" or "field". */
const TEXT_BOUNDS: Record<string, { min: number; max: number }> = {
  'TopicInput.title': COVERAGE_LIMITS.topicTitle,
  'TopicInput.brief': COVERAGE_LIMITS.topicBrief,
  'AssignmentInput.title': COVERAGE_LIMITS.assignmentTitle,
  'AssignmentUpdateInput.title': COVERAGE_LIMITS.assignmentTitle,
  'AssignmentInput.brief': { min: 0, ...COVERAGE_LIMITS.assignmentBrief },
  'AssignmentUpdateInput.brief': { min: 0, ...COVERAGE_LIMITS.assignmentBrief },
  'AssignmentPlaceInput.name': PLACE_LIMITS.name,
  'SubmissionInput.text': COVERAGE_LIMITS.submissionText,
  'ChannelInput.name': LIMITS.channelName,
  'TopicInput.themes': { min: 1, max: COVERAGE_LIMITS.themes.each },
  'TopicInput.cities': LIMITS.cityName,
  'TopicFilter.theme': { min: 0, max: COVERAGE_LIMITS.themes.each },
  reason: COVERAGE_LIMITS.reason,
  body: COVERAGE_LIMITS.comment,
  comment: { min: 2, max: COVERAGE_LIMITS.comment.max },
  displayName: LIMITS.displayName,
  nameZh: LIMITS.memberName,
  nameEn: LIMITS.memberName,
  cityZh: LIMITS.cityName,
  cityEn: LIMITS.cityName,
  slug: LIMITS.slug,
  search: { min: 0, max: LIMITS.search.max },
  email: { min: 3, max: LIMITS.email.max },
  password: LIMITS.password,
  newPassword: LIMITS.password,
  currentPassword: LIMITS.password,
  url: { min: 1, max: LIMITS.url.max },
  links: { min: 1, max: LIMITS.url.max },
  provinceCode: { min: 6, max: 6 },
  provinceCodes: { min: 6, max: 6 },
  locale: { min: 2, max: 8 },
  note: RESOURCE_LIMITS.requestNote,
  keyword: RESOURCE_LIMITS.keyword,
  'MemberFeedInput.themes': RESOURCE_LIMITS.theme,
  'NewEventInput.title': EVENT_LIMITS.title,
  'EventChangesInput.title': EVENT_LIMITS.title,
  'NewEventInput.place': EVENT_LIMITS.place,
  'EventChangesInput.place': EVENT_LIMITS.place,
  'NewEventInput.description': { min: 0, ...EVENT_LIMITS.description },
  'EventChangesInput.description': { min: 0, ...EVENT_LIMITS.description },
  'EventStopInput.place': EVENT_LIMITS.stopPlace,
  'EventStopInput.activity': EVENT_LIMITS.stopActivity,
  'EventStopInput.leader': { min: 0, ...EVENT_LIMITS.stopLeader },
  'CharterArticleInput.title': { min: 1, max: CHARTER_LIMITS.articleTitle },
  'CharterArticleInput.body': { min: 1, max: CHARTER_LIMITS.articleBody },
  'PublishCharterInput.changeNote': { min: 0, max: CHARTER_LIMITS.changeNote },
  'CommitmentInput.title': { min: 1, max: CHARTER_LIMITS.commitmentTitle },
  'CommitmentUpdateInput.title': { min: 1, max: CHARTER_LIMITS.commitmentTitle },
  'CommitmentInput.description': { min: 0, max: CHARTER_LIMITS.commitmentDescription },
  'CommitmentUpdateInput.description': { min: 0, max: CHARTER_LIMITS.commitmentDescription },
  'EvidenceInput.text': { min: 1, max: CHARTER_LIMITS.evidenceText },
  'decideCommitmentEvidence.note': { min: 0, max: CHARTER_LIMITS.decisionNote },
  'PostAnnouncementInput.title': { min: 1, max: ANNOUNCEMENT_LIMITS.title },
  'UpdateAnnouncementInput.title': { min: 1, max: ANNOUNCEMENT_LIMITS.title },
  'PostAnnouncementInput.body': { min: 1, max: ANNOUNCEMENT_LIMITS.body },
  'UpdateAnnouncementInput.body': { min: 1, max: ANNOUNCEMENT_LIMITS.body },
  announcementTitle: { min: 1, max: ANNOUNCEMENT_LIMITS.title },
  announcementBody: { min: 1, max: ANNOUNCEMENT_LIMITS.body },
};
/** Stored text that may legitimately be empty (passwords are taken verbatim, so never trimmed). */
const MAY_BE_EMPTY = new Set(['brief', 'url', 'reviewComment', 'cancelReason', 'rejectionReason', 'eventDescription', 'charterChangeNote', 'commitmentDescription']);

const NUMBER_BOUNDS: Record<string, { min: number; max: number }> = {
  first: { min: 1, max: LIMITS.page.maxSize },
  slots: COVERAGE_LIMITS.slots,
  views: PUBLICATION_LIMITS.views,
  shares: PUBLICATION_LIMITS.shares,
  likes: PUBLICATION_LIMITS.likes,
  version: { min: 1, max: 2 ** 31 - 1 },
  capacity: EVENT_LIMITS.capacity,
  placesPerMember: EVENT_LIMITS.placesPerMember,
  latitude: LIMITS.beltBounds.latitude,
  longitude: LIMITS.beltBounds.longitude,
  number: { min: 1, max: 999 },
  defaultTarget: { min: 0, max: CHARTER_LIMITS.target },
  target: { min: 0, max: CHARTER_LIMITS.target },
};

const boundsOf = (slot: Slot) => TEXT_BOUNDS[`${slot.owner}.${slot.name}`] ?? TEXT_BOUNDS[slot.name] ?? { min: 0, max: 200 };

/** Hostile texts around a field's bounds: blank, control characters, broken Unicode, emoji and "a\uFE0F" at max and max + 1. */
function hostileTexts(slot: Slot, valid: unknown): unknown[] {
  const { max } = boundsOf(slot);
  const pair = 'a\uFE0F';
  const values: unknown[] = [
    '',
    ' \t\u3000 ',
    '\u200B\u200B\uFEFF',
    '\u3164\u2800\u034F',
    'a\u0000b',
    'ok\u202Eevil',
    'a\uD800b',
    pair.repeat(Math.floor(max / 2)),
    pair.repeat(Math.floor(max / 2) + 1),
    '😀'.repeat(max),
    '😀'.repeat(max + 1),
    'x'.repeat(100_001),
  ];
  if (typeof valid === 'string') values.push(`  ${valid}\n`);
  if (/url|links/i.test(slot.name)) values.push('javascript:alert(1)', 'https://user:secret@e.example/a', `https://e.example/${'a'.repeat(600)}`, `https://e.example/${'a'.repeat(max - 'https://e.example/'.length)}`);
  if (slot.description?.includes('YYYY-MM-DD')) values.push('2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '2026-1-1', ' 2026-12-20 ');
  return values;
}

export const FORGED_CURSORS = [
  '',
  '%%%',
  b64('null'),
  b64({ a: 1 }),
  b64(['x', 'y']),
  b64([1, 2]),
  b64([1, 2, 3]),
  b64(['2026-02-30T00:00:00.000Z', UUID]),
  b64(['2026-11-30T00:00:00.000Z', 'x']),
  b64([2 ** 40, 'jingzhou']),
  b64(['1', '2026-11-30T00:00:00.000Z', UUID]),
  b64(['a\u0000', UUID]),
  b64([null, null, null]),
];

/** A handful of hostile values per argument type (not the full cross product). */
export function hostileValues(slot: Slot, valid: unknown): unknown[] {
  const nullable = getNullableType(slot.type);
  if (isListType(nullable)) {
    const item = getNullableType(nullable.ofType);
    if (isScalarType(item) && item.name === 'ID') return [['x'], [], [UUID, 'x'], Array.from({ length: LIMITS.idsPerRequest.max + 1 }, () => UUID), ['']];
    if (isScalarType(item) && item.name === 'String') {
      const texts = hostileTexts({ ...slot, type: item }, Array.isArray(valid) ? valid[0] : undefined);
      return [[], Array.from({ length: 1000 }, () => 'x'), ...texts.filter((_, i) => i % 2 === 0 || i > 9).map((text) => [text])];
    }
    if (isEnumType(item)) return [['NOT_A_VALUE'], Array.from({ length: 50 }, () => item.getValues()[0]?.name)];
    return [[], null];
  }
  if (isEnumType(nullable)) return ['NOT_A_VALUE', nullable.getValues()[0]?.name.toLowerCase(), ''];
  if (!isScalarType(nullable)) return [];
  switch (nullable.name) {
    case 'ID':
      return ['x', '', ' ', '00000000-0000-0000-0000-000000000000', `${UUID}\u0000`, 'a'.repeat(10_000), "1' OR '1'='1"];
    case 'DateTimeISO':
      return ['2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-01-01', 'x\u0000'];
    case 'Int':
    case 'Float': {
      const bounds = NUMBER_BOUNDS[slot.name] ?? { min: 0, max: 100 };
      return [bounds.min - 1, bounds.min, bounds.max, bounds.max + 1, -1, 2 ** 31, 2 ** 31 - 1, -(2 ** 31), 1e308, 1.5];
    }
    case 'Boolean':
      return ['true', 1];
    case 'String':
      return slot.name === 'after' ? FORGED_CURSORS : hostileTexts(slot, valid);
    default:
      return [];
  }
}

/** Every argument and input field of an operation, input objects recursively (list items at index 0). */
export function slotsOf(field: GraphQLField<unknown, unknown>): Slot[] {
  const slots: Slot[] = [];
  const walk = (owner: string, path: (string | number)[], item: GraphQLArgument | GraphQLInputField) => {
    slots.push({ owner, path, name: item.name, type: item.type, description: item.description });
    const named = getNamedType(item.type);
    if (!isInputObjectType(named)) return;
    const listed = isListType(getNullableType(item.type));
    for (const inner of Object.values(named.getFields())) walk(named.name, [...path, ...(listed ? [0] : []), inner.name], inner);
  };
  for (const arg of field.args) walk(field.name, [arg.name], arg);
  return slots;
}

export function getAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as Record<string | number, unknown>)[key] : undefined), value);
}

export function setAt(vars: Vars, path: (string | number)[], value: unknown): Vars {
  const copy = structuredClone(vars);
  let current: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (current[key] === undefined || current[key] === null) current[key] = typeof key === 'number' ? {} : {};
    current = current[key] as Record<string | number, unknown>;
  }
  current[path[path.length - 1]!] = value;
  return copy;
}

export function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, select?: string): string {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ` { ${select ?? '__typename'} }` : '';
  return `${kind} Fuzz(${definitions}) { ${field.name}(${args})${selection} }`;
}

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Every string a mutation stored: clean, trimmed, not blank, and within the column as PostgreSQL counts. */
export function storedProblems(value: unknown, key = '', problems: string[] = []): string[] {
  if (typeof value === 'string') {
    const bounds = TEXT_BOUNDS[key];
    if (CONTROL.test(value)) problems.push(`${key} holds a control character`);
    if (LONE_SURROGATE.test(value)) problems.push(`${key} holds a lone surrogate`);
    if (BIDI.test(value)) problems.push(`${key} holds a bidi override`);
    if (value !== value.trim() && key !== 'password') problems.push(`${key} was stored untrimmed`);
    if (value.replace(/[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu, '') === '' && !MAY_BE_EMPTY.has(key)) problems.push(`${key} was stored blank`);
    if (bounds && textLength(value) > bounds.max) problems.push(`${key} is ${textLength(value)} characters, over ${bounds.max}`);
  } else if (Array.isArray(value)) {
    for (const item of value) storedProblems(item, key, problems);
  } else if (value && typeof value === 'object') {
    for (const [inner, innerValue] of Object.entries(value)) storedProblems(innerValue, inner, problems);
  }
  return problems;
}

export const describeValue = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 40)}… (${text.length} chars)` : text;
};
