import type { DataSource } from 'typeorm';
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
import { createTopicLoaders } from '../modules/topics/topic.loaders';
import type { Viewer } from './viewer';

/**
 * Every module's loaders, in groups as each module makes them. A later group's loader wins a name clash (as a spread
 * would).
 */
const GROUPS = [
  (dataSource: DataSource) => createProvinceLoaders(dataSource),
  (dataSource: DataSource) => createMemberLoaders(dataSource),
  (dataSource: DataSource, viewer: Viewer | null) => createTopicLoaders(dataSource, viewer),
  (dataSource: DataSource) => createAssignmentLoaders(dataSource),
  (dataSource: DataSource, viewer: Viewer | null) => createClaimLoaders(dataSource, viewer),
  (dataSource: DataSource) => createResourceLoaders(dataSource),
  (dataSource: DataSource, viewer: Viewer | null) => createResourceRequestLoaders(dataSource, viewer),
  (dataSource: DataSource) => createEventLoaders(dataSource),
  (dataSource: DataSource, viewer: Viewer | null) => createRegistrationLoaders(dataSource, viewer),
  (dataSource: DataSource, viewer: Viewer | null) => createInnovationLoaders(dataSource, viewer),
  (dataSource: DataSource) => createCharterLoaders(dataSource),
  (dataSource: DataSource) => createFileLoaders(dataSource),
] as const;

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (intersection: infer I) => void ? I : never;

export type Loaders = UnionToIntersection<ReturnType<(typeof GROUPS)[number]>>;

type MakeGroup = (index: number) => Record<string, unknown>;

/**
 * A request's loaders as getters on one prototype: a module's group of DataLoaders is made the first time one of them
 * is asked for, so a request that loads nothing (most mutations: a claim, a sign-in) makes none of the sixty.
 */
let LazyLoaders: (new (group: MakeGroup) => Loaders) | null = null;

function lazyLoadersClass(group: MakeGroup): new (group: MakeGroup) => Loaders {
  class RequestLoaders {
    constructor(readonly group: MakeGroup) {}
  }
  // Which group makes each loader, learnt once from the groups themselves (later groups win, as in a spread).
  GROUPS.forEach((_, index) => {
    for (const key of Object.keys(group(index))) {
      Object.defineProperty(RequestLoaders.prototype, key, {
        configurable: true,
        enumerable: true,
        get(this: RequestLoaders) {
          return this.group(index)[key];
        },
      });
    }
  });
  return RequestLoaders as unknown as new (group: MakeGroup) => Loaders;
}

/** Fresh per request, so batching and caching never leak between viewers. */
export function createLoaders(dataSource: DataSource, viewer: Viewer | null): Loaders {
  const made: (Record<string, unknown> | undefined)[] = [];
  const group: MakeGroup = (index) => (made[index] ??= GROUPS[index]!(dataSource, viewer) as Record<string, unknown>);
  LazyLoaders ??= lazyLoadersClass(group);
  return new LazyLoaders(group);
}
