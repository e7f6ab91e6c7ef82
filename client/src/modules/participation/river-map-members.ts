import type { RiverMapMember } from './components/river-map';
import type { Standing } from './participation-plan';

/** The ranking's rows as the river map wants them. */
export function toRiverMapMembers(rows: readonly Standing[]): RiverMapMember[] {
  return rows.map((row) => ({
    id: row.member.id,
    slug: row.member.slug,
    nameZh: row.member.nameZh,
    nameEn: row.member.nameEn,
    cityZh: row.member.cityZh,
    cityEn: row.member.cityEn,
    provinceCode: row.member.province.code,
    longitude: row.member.longitude,
    latitude: row.member.latitude,
    index: row.index,
    rank: row.rank,
    status: row.status,
    lastActivityAt: row.lastActivityAt,
    commitments: row.commitments.map((progress) => ({
      title: progress.commitment.title,
      status: progress.status,
      actual: progress.actual,
      target: progress.target,
      metric: progress.commitment.metric,
    })),
  }));
}
