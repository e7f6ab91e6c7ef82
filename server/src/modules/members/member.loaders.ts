import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Role } from '@yah/shared';
import { UserEntity } from '../accounts/user.entity';
import type { MemberEntity } from './member.entity';
import type { ReferenceData } from '../../common/reference-data';
import type { StaffCounts } from './member.type';

const ROLE_FIELD: Record<Role, Exclude<keyof StaffCounts, 'total'>> = {
  SECRETARIAT: 'secretariat',
  CHIEF_EDITOR: 'chiefEditors',
  EDITOR: 'editors',
  REPORTER: 'reporters',
};

export function createMemberLoaders(dataSource: DataSource, reference: ReferenceData) {
  return {
    userById: new DataLoader<string, UserEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** From this copy's snapshot of the members table (common/reference-data.ts): read-only rows. */
    memberById: new DataLoader<string, MemberEntity | null>((ids) => reference.members.many(ids)),
    staffCountsByMember: new DataLoader<string, StaffCounts>(async (memberIds) => {
      const rows: { member_id: string; role: Role; count: string }[] = await dataSource.query(
        `SELECT member_id, role, count(*) AS count FROM users WHERE member_id = ANY($1) AND active GROUP BY member_id, role`,
        [memberIds],
      );
      const counts = new Map<string, StaffCounts>(
        memberIds.map((id) => [id, { secretariat: 0, chiefEditors: 0, editors: 0, reporters: 0, total: 0 }]),
      );
      for (const row of rows) {
        const entry = counts.get(row.member_id);
        if (!entry) continue;
        entry[ROLE_FIELD[row.role]] += Number(row.count);
        entry.total += Number(row.count);
      }
      return memberIds.map((id) => counts.get(id) as StaffCounts);
    }),
  };
}
