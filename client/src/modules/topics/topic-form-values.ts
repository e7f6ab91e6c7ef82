import type { Dayjs } from 'dayjs';
import type { ChannelKind } from '@yah/shared';
import type { TopicInput } from '@/__generated__/graphql';
import type { Problem } from '@/app/errors';
import { pickerDate } from '@/app/time/alliance-time';

export interface TopicFormValues {
  title: string;
  brief: string;
  themes: string[];
  provinceCodes: string[];
  cities: string[];
  window: [Dayjs, Dayjs] | null;
  targetChannels: ChannelKind[];
}

/** The fields of the form (server VALIDATION fields with these names land on them). */
export const TOPIC_FORM_FIELDS = ['title', 'brief', 'themes', 'provinceCodes', 'cities', 'window', 'targetChannels'] as const;

export interface TopicSource {
  title: string;
  brief: string;
  themes: readonly string[];
  provinces: readonly { code: string }[];
  cities: readonly string[];
  windowStart: string;
  windowEnd: string;
  targetChannels: readonly ChannelKind[];
}

export function topicToFormValues(topic: TopicSource): TopicFormValues {
  return {
    title: topic.title,
    brief: topic.brief,
    themes: [...topic.themes],
    provinceCodes: topic.provinces.map((province) => province.code),
    cities: [...topic.cities],
    window: [pickerDate(topic.windowStart), pickerDate(topic.windowEnd)],
    targetChannels: [...topic.targetChannels],
  };
}

function cleanList(values: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  for (const value of values ?? []) {
    const trimmed = value.trim();
    if (trimmed) seen.add(trimmed);
  }
  return [...seen];
}

export function toTopicInput(values: TopicFormValues): TopicInput {
  const [start, end] = values.window ?? [null, null];
  return {
    title: values.title.trim(),
    brief: values.brief.trim(),
    themes: cleanList(values.themes),
    provinceCodes: [...(values.provinceCodes ?? [])],
    cities: cleanList(values.cities),
    windowStart: start ? start.format('YYYY-MM-DD') : '',
    windowEnd: end ? end.format('YYYY-MM-DD') : '',
    targetChannels: [...(values.targetChannels ?? [])],
  };
}

export type TopicField = (typeof TOPIC_FORM_FIELDS)[number];

/** Which fields of the form differ from a version of the topic (to show after "reload latest"). */
export function changedFields(mine: TopicFormValues, theirs: TopicFormValues): TopicField[] {
  const a = toTopicInput(mine);
  const b = toTopicInput(theirs);
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  const fields: TopicField[] = [];
  if (!same(a.title, b.title)) fields.push('title');
  if (!same(a.brief, b.brief)) fields.push('brief');
  if (!same(a.themes, b.themes)) fields.push('themes');
  if (!same([...a.provinceCodes].sort(), [...b.provinceCodes].sort())) fields.push('provinceCodes');
  if (!same(a.cities, b.cities)) fields.push('cities');
  if (a.windowStart !== b.windowStart || a.windowEnd !== b.windowEnd) fields.push('window');
  if (!same([...a.targetChannels].sort(), [...b.targetChannels].sort())) fields.push('targetChannels');
  return fields;
}

/** The server names the window's ends separately: both belong to the form's one date-range field. */
export function windowFieldsOnForm(problem: Problem): Problem {
  return {
    ...problem,
    fields: problem.fields.map((field) =>
      field.path[0] === 'windowStart' || field.path[0] === 'windowEnd' ? { ...field, path: ['window'] } : field,
    ),
  };
}
