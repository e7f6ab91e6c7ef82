import type { CharterArticleInput, ResourceArea } from '@/__generated__/graphql';

/** One article as the editor holds it (a number may be blank while being typed). */
export interface ArticleDraft {
  number: number | null;
  title: string;
  body: string;
  area: ResourceArea | null;
}

export interface CharterEditorValues {
  articles: ArticleDraft[];
  changeNote: string;
}

interface PublishedArticle {
  number: number;
  title: string;
  body: string;
  area: ResourceArea | null;
}

/** The editor starts from the published articles in order. */
export function toDrafts(articles: readonly PublishedArticle[]): ArticleDraft[] {
  return [...articles].sort((a, b) => a.number - b.number).map(({ number, title, body, area }) => ({ number, title, body, area: area ?? null }));
}

/** A new article goes to the end, numbered after the highest number so far. */
export function nextNumber(drafts: readonly ArticleDraft[]): number {
  return drafts.reduce((max, draft) => Math.max(max, draft.number ?? 0), 0) + 1;
}

/** Numbers used more than once. */
export function duplicateNumbers(drafts: readonly ArticleDraft[]): Set<number> {
  const seen = new Set<number>();
  const twice = new Set<number>();
  for (const draft of drafts) {
    if (draft.number === null) continue;
    if (seen.has(draft.number)) twice.add(draft.number);
    seen.add(draft.number);
  }
  return twice;
}

/** The articles as the server takes them: trimmed title, the body as typed, in the order of their numbers. */
export function toArticleInputs(drafts: readonly ArticleDraft[]): CharterArticleInput[] {
  return drafts
    .map((draft) => ({ number: draft.number ?? 0, title: draft.title.trim(), body: draft.body.trim(), area: draft.area ?? null }))
    .sort((a, b) => a.number - b.number);
}

/** The article numbers whose text, title or area differ between the drafts and a published version (added and removed ones too). */
export function differingNumbers(drafts: readonly ArticleDraft[], published: readonly PublishedArticle[]): number[] {
  const mine = new Map(toArticleInputs(drafts).map((article) => [article.number, article]));
  const theirs = new Map(published.map((article) => [article.number, article]));
  const numbers = new Set([...mine.keys(), ...theirs.keys()]);
  return [...numbers]
    .filter((number) => {
      const a = mine.get(number);
      const b = theirs.get(number);
      return !a || !b || a.title !== b.title.trim() || a.body !== b.body.trim() || (a.area ?? null) !== (b.area ?? null);
    })
    .sort((x, y) => x - y);
}
