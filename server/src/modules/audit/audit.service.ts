import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../common/viewer';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Who changed what, when, before and after. Written in the same transaction as the change itself. */
export async function recordAudit(
  manager: EntityManager,
  actor: Pick<Viewer, 'userId' | 'memberId'> | null,
  requestId: string | null,
  entry: AuditEntry,
): Promise<void> {
  const row = manager.create(AuditLogEntity, {
    actorUserId: actor?.userId ?? null,
    actorMemberId: actor?.memberId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId,
  });
  await manager.save(row);
}
