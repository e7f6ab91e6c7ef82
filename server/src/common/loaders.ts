import type { DataSource } from 'typeorm';
import { createMemberLoaders } from '../modules/members/member.loaders';
import { createProvinceLoaders } from '../modules/provinces/province.loaders';

/** Fresh per request, so batching and caching never leak between viewers. */
export function createLoaders(dataSource: DataSource) {
  return { ...createProvinceLoaders(dataSource), ...createMemberLoaders(dataSource) };
}

export type Loaders = ReturnType<typeof createLoaders>;
