import type { DataSource } from 'typeorm';
import { createAnnouncementLoaders } from '../modules/announcements/announcement.loaders';
import { createCharterLoaders } from '../modules/charter/charter.loaders';
import { createAssignmentLoaders } from '../modules/assignments/assignment.loaders';
import { createClaimLoaders } from '../modules/claims/claim.loaders';
import { createEventLoaders } from '../modules/events/event.loaders';
import { createFileLoaders } from '../modules/files/file.loaders';
import { createRegistrationLoaders } from '../modules/events/registration.loaders';
import { createInnovationLoaders } from '../modules/innovation/innovation.loaders';
import { createMemberLoaders } from '../modules/members/member.loaders';
import { createResourceLoaders } from '../modules/resources/resource.loaders';
import { createResourceRequestLoaders } from '../modules/resources/resource-request.loaders';
import { createProvinceLoaders } from '../modules/provinces/province.loaders';
import { createTopicLoaders, createViewerTopicLoaders } from '../modules/topics/topic.loaders';
import type { ReferenceData } from './reference-data';
import type { Viewer } from './viewer';

/** Where a lazy loader set lists the loader names it has (its getters live on a prototype, not on the object). */
const LOADER_NAMES = Symbol('loader names');
const MADE = Symbol('made groups');

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (intersection: infer I) => void ? I : never;

/** The loader names of a set: its own properties, or those of a lazy set. */
const loaderNames = (set: object): readonly string[] => (set as { [LOADER_NAMES]?: readonly string[] })[LOADER_NAMES] ?? Object.keys(set);

/**
 * A maker of loader sets whose loaders are getters on one prototype: a module's group of DataLoaders is made the
 * first time one of them is asked for, so a request that loads nothing (most mutations: a claim, a sign-in) makes none
 * of the sixty. Which group makes which loader is learnt from the groups the first time a set is made; a later group
 * wins a name clash, as in a spread.
 */
function lazyLoaderSets<Groups extends readonly ((...args: never[]) => object)[]>(
  groups: Groups,
): (...args: Parameters<Groups[0]>) => UnionToIntersection<ReturnType<Groups[number]>> {
  const makers = groups as unknown as readonly ((...args: unknown[]) => Record<string, unknown>)[];
  class LoaderSet {
    readonly [MADE]: (Record<string, unknown> | undefined)[] = [];
    constructor(readonly args: unknown[]) {}
  }
  const group = (set: LoaderSet, index: number) => (set[MADE][index] ??= makers[index]!(...set.args));
  let names: string[] | null = null;
  return (...args) => {
    const set = new LoaderSet(args);
    if (!names) {
      const owner = new Map<string, number>();
      groups.forEach((_, index) => {
        for (const name of loaderNames(group(set, index))) owner.set(name, index);
      });
      names = [...owner.keys()];
      for (const [name, index] of owner) {
        Object.defineProperty(LoaderSet.prototype, name, { configurable: true, enumerable: true, get(this: LoaderSet) { return group(this, index)[name]; } });
      }
      Object.defineProperty(LoaderSet.prototype, LOADER_NAMES, { value: names });
    }
    return set as unknown as UnionToIntersection<ReturnType<Groups[number]>>;
  };
}

/**
 * Loaders whose answers do not depend on who asks. Fresh per request; for a live event, one set serves every
 * subscriber of that event on this server copy (graphql/websocket.ts), so what is the same for all is read once.
 */
export const createSharedLoaders = lazyLoaderSets([
  (dataSource: DataSource, reference: ReferenceData) => createProvinceLoaders(dataSource, reference),
  (dataSource: DataSource, reference: ReferenceData) => createMemberLoaders(dataSource, reference),
  (dataSource: DataSource) => createTopicLoaders(dataSource),
  (dataSource: DataSource) => createAssignmentLoaders(dataSource),
  (dataSource: DataSource) => createResourceLoaders(dataSource),
  (dataSource: DataSource) => createEventLoaders(dataSource),
  (dataSource: DataSource) => createCharterLoaders(dataSource),
  (dataSource: DataSource) => createFileLoaders(dataSource),
] as const);

export type SharedLoaders = ReturnType<typeof createSharedLoaders>;

/** Fresh per request (and per subscriber of a live event), so batching and caching never leak between viewers. */
export const createLoaders = lazyLoaderSets([
  (_dataSource: DataSource, _viewer: Viewer | null, shared: SharedLoaders) => shared,
  (_dataSource: DataSource, viewer: Viewer | null, shared: SharedLoaders) => createViewerTopicLoaders(shared, viewer),
  (dataSource: DataSource, viewer: Viewer | null) => createClaimLoaders(dataSource, viewer),
  (dataSource: DataSource, viewer: Viewer | null) => createResourceRequestLoaders(dataSource, viewer),
  (dataSource: DataSource, viewer: Viewer | null) => createRegistrationLoaders(dataSource, viewer),
  (dataSource: DataSource, viewer: Viewer | null) => createInnovationLoaders(dataSource, viewer),
  (dataSource: DataSource, viewer: Viewer | null) => createAnnouncementLoaders(dataSource, viewer),
] as const);

export type Loaders = ReturnType<typeof createLoaders>;
