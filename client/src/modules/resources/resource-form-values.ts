import type { Dayjs } from 'dayjs';
import type { CapacityPeriod, ResourceArea } from '@yah/shared';
import type { MediaKind, ResourceInput } from '@/__generated__/graphql';
import { allianceInstant, alliancePickerValue } from '@/app/time/alliance-time';

export interface MediaRow {
  url: string;
  kind: MediaKind;
  credit: string;
  caption?: string | null;
}

export interface ResourceFormValues {
  area: ResourceArea;
  title: string;
  description: string;
  themes: string[];
  provinceCodes: string[];
  cities: string[];
  // The other four areas
  terms: string;
  availability: string;
  contact: string;
  capacityPerPeriod: number | null;
  capacityPeriod: CapacityPeriod | null;
  // Library pieces (CONTENT)
  body: string;
  byline: string;
  originalUrl: string;
  media: MediaRow[];
  creditLine: string;
  excludedProvinceCodes: string[];
  noResyndication: boolean;
  /** Alliance wall-clock time (北京时间) as shown in the picker. */
  embargoUntil: Dayjs | null;
}

/** The fields of the form (server VALIDATION fields with these names land on them). */
export const RESOURCE_FORM_FIELDS = [
  'area',
  'title',
  'description',
  'themes',
  'provinceCodes',
  'cities',
  'terms',
  'availability',
  'contact',
  'capacityPerPeriod',
  'capacityPeriod',
  'body',
  'byline',
  'originalUrl',
  'media',
  'creditLine',
  'excludedProvinceCodes',
  'noResyndication',
  'embargoUntil',
] as const;

export function emptyResourceForm(area: ResourceArea): ResourceFormValues {
  return {
    area,
    title: '',
    description: '',
    themes: [],
    provinceCodes: [],
    cities: [],
    terms: '',
    availability: '',
    contact: '',
    capacityPerPeriod: null,
    capacityPeriod: null,
    body: '',
    byline: '',
    originalUrl: '',
    media: [],
    creditLine: '',
    excludedProvinceCodes: [],
    noResyndication: false,
    embargoUntil: null,
  };
}

export interface ResourceSource {
  area: ResourceArea;
  title: string;
  description: string;
  terms: string;
  availability: string;
  contact: string;
  capacityPerPeriod: number | null;
  capacityPeriod: CapacityPeriod | null;
  themes: readonly string[];
  provinceCodes: readonly string[];
  cities: readonly string[];
  body: string | null;
  byline: string | null;
  originalUrl: string | null;
  media: readonly MediaRow[] | null;
  creditLine: string;
  excludedProvinceCodes: readonly string[];
  noResyndication: boolean;
  embargoUntil: string | null;
}

export function resourceToFormValues(resource: ResourceSource): ResourceFormValues {
  return {
    area: resource.area,
    title: resource.title,
    description: resource.description,
    themes: [...resource.themes],
    provinceCodes: [...resource.provinceCodes],
    cities: [...resource.cities],
    terms: resource.terms,
    availability: resource.availability,
    contact: resource.contact,
    capacityPerPeriod: resource.capacityPerPeriod,
    capacityPeriod: resource.capacityPeriod,
    body: resource.body ?? '',
    byline: resource.byline ?? '',
    originalUrl: resource.originalUrl ?? '',
    media: (resource.media ?? []).map((row) => ({ url: row.url, kind: row.kind, credit: row.credit, caption: row.caption ?? '' })),
    creditLine: resource.creditLine,
    excludedProvinceCodes: [...resource.excludedProvinceCodes],
    noResyndication: resource.noResyndication,
    embargoUntil: resource.embargoUntil ? alliancePickerValue(resource.embargoUntil) : null,
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

/** What the rich-text editor leaves when nothing is typed (`<p></p>`) counts as no body. */
export function isEmptyBody(html: string | undefined): boolean {
  return (html ?? '').replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim() === '';
}

/** The mutation input: a library piece sends its content fields, the other areas their terms and capacity. */
export function toResourceInput(values: ResourceFormValues): ResourceInput {
  const common = {
    area: values.area,
    title: values.title.trim(),
    description: values.description.trim(),
    themes: cleanList(values.themes),
    provinceCodes: [...(values.provinceCodes ?? [])],
    cities: cleanList(values.cities),
  };
  if (values.area !== 'CONTENT') {
    const capacity = values.capacityPerPeriod ?? null;
    return {
      ...common,
      terms: (values.terms ?? '').trim(),
      availability: (values.availability ?? '').trim(),
      contact: (values.contact ?? '').trim(),
      capacityPerPeriod: capacity,
      capacityPeriod: capacity === null ? null : (values.capacityPeriod ?? null),
    };
  }
  const originalUrl = (values.originalUrl ?? '').trim();
  return {
    ...common,
    body: isEmptyBody(values.body) ? '' : values.body,
    byline: (values.byline ?? '').trim(),
    originalUrl: originalUrl === '' ? null : originalUrl,
    media: (values.media ?? []).map((row) => {
      const caption = (row.caption ?? '').trim();
      return { url: row.url.trim(), kind: row.kind, credit: row.credit.trim(), caption: caption === '' ? null : caption };
    }),
    creditLine: (values.creditLine ?? '').trim(),
    excludedProvinceCodes: [...(values.excludedProvinceCodes ?? [])],
    noResyndication: values.noResyndication ?? false,
    embargoUntil: values.embargoUntil ? allianceInstant(values.embargoUntil) : null,
  };
}
