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
import { createTopicLoaders, createViewerTopicLoaders } from '../modules/topics/topic.loaders';
import type { ReferenceData } from './reference-data';
import type { Viewer } from './viewer';

/**
 * Loaders whose answers do not depend on who asks. Fresh per request; for a live event, one set serves every
 * subscriber of that event on this server copy (graphql/websocket.ts), so what is the same for all is read once.
 */
export function createSharedLoaders(dataSource: DataSource, reference: ReferenceData) {
  return {
    ...createProvinceLoaders(dataSource, reference),
    ...createMemberLoaders(dataSource, reference),
    ...createTopicLoaders(dataSource),
    ...createAssignmentLoaders(dataSource),
    ...createResourceLoaders(dataSource),
    ...createEventLoaders(dataSource),
    ...createCharterLoaders(dataSource),
    ...createFileLoaders(dataSource),
  };
}

export type SharedLoaders = ReturnType<typeof createSharedLoaders>;

/** Fresh per request (and per subscriber of a live event), so batching and caching never leak between viewers. */
export function createLoaders(dataSource: DataSource, viewer: Viewer | null, shared: SharedLoaders) {
  return {
    ...shared,
    ...createViewerTopicLoaders(shared, viewer),
    ...createClaimLoaders(dataSource, viewer),
    ...createResourceRequestLoaders(dataSource, viewer),
    ...createRegistrationLoaders(dataSource, viewer),
    ...createInnovationLoaders(dataSource, viewer),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
