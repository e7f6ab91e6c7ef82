import { pinyin } from 'pinyin-pro';

/** Lower-cased text with the pinyin of its Chinese (joined and spaced, "jingzhou" and "jing zhou"): what a trigram index searches. */
export function searchableText(parts: readonly string[]): string {
  const text = parts.filter(Boolean).join(' ');
  const spaced = pinyin(text, { toneType: 'none', type: 'string', nonZh: 'removed' });
  const joined = spaced.replace(/\s+/g, '');
  return [text, spaced, joined].join(' ').toLowerCase();
}

/** What anyone may search on a resource: title, summary, themes, cities, with their pinyin. */
export function publicSearchText(resource: { title: string; description: string; themes: readonly string[]; cities: readonly string[]; byline?: string }): string {
  return searchableText([resource.title, resource.description, ...resource.themes, ...resource.cities]);
}

/** A search term as the index holds text: lower-cased, LIKE wildcards escaped. */
export function likePattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
