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
import type { ReferenceData } from './reference-data';
import type { Viewer } from './viewer';

/** Fresh per request, so batching and caching never leak between viewers. */
export function createLoaders(dataSource: DataSource, viewer: Viewer | null, reference: ReferenceData) {
  return {
    ...createProvinceLoaders(dataSource, reference),
    ...createMemberLoaders(dataSource, reference),
    ...createTopicLoaders(dataSource, viewer),
    ...createAssignmentLoaders(dataSource),
    ...createClaimLoaders(dataSource, viewer),
    ...createResourceLoaders(dataSource),
    ...createResourceRequestLoaders(dataSource, viewer),
    ...createEventLoaders(dataSource),
    ...createRegistrationLoaders(dataSource, viewer),
    ...createInnovationLoaders(dataSource, viewer),
    ...createCharterLoaders(dataSource),
    ...createFileLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
