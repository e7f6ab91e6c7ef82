import type { Request, RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { AUDIT_ENTITY_TYPES, AUDIT_LOG_LIMITS, type AuditEntityType } from '@yah/shared';
import { checkCalendarDate, checkId } from '../../common/input/text-rules';
import type { Viewer } from '../../common/viewer';
import { readSessionToken } from '../auth/session-cookie';
import type { SessionService } from '../auth/session.service';
import { contentDisposition, toCsv, type ExportSheet } from '../../http/downloads';
import type { AuditLogEntity } from './audit-log.entity';
import type { AuditLogFilter } from './audit-log.input';
import type { AuditLogService } from './audit-log.service';
import { auditPolicy } from './audit.policy';

interface AuditExportDeps {
  dataSource: DataSource;
  sessions: Pick<SessionService, 'resolve'>;
  auditLog: AuditLogService;
}

const isEntityType = (value: string): value is AuditEntityType => (AUDIT_ENTITY_TYPES as readonly string[]).includes(value);

/** The query string as the GraphQL filter: memberId, actorId, entityTypes (comma separated), from, to. Null when malformed. */
export function exportFilter(query: Request['query']): AuditLogFilter | null {
  const filter: AuditLogFilter = {};
  for (const key of ['memberId', 'actorId', 'entityTypes', 'from', 'to'] as const) {
    const raw = query[key];
    if (raw === undefined || raw === '') continue;
    if (typeof raw !== 'string') return null;
    if (key === 'entityTypes') {
      const types = raw.split(',');
      if (types.length > AUDIT_ENTITY_TYPES.length || !types.every(isEntityType)) return null;
      filter.entityTypes = types.filter(isEntityType);
      continue;
    }
    const checked = key === 'from' || key === 'to' ? checkCalendarDate(raw) : checkId(raw);
    if (!checked.ok) return null;
    filter[key] = checked.value;
  }
  return filter;
}

async function auditSheet(dataSource: DataSource, rows: AuditLogEntity[]): Promise<ExportSheet> {
  const userIds = [...new Set(rows.flatMap((row) => (row.actorUserId ? [row.actorUserId] : [])))];
  const memberIds = [...new Set(rows.flatMap((row) => (row.actorMemberId ? [row.actorMemberId] : [])))];
  const [users, members]: [{ id: string; name: string }[], { id: string; name: string }[]] = await Promise.all([
    dataSource.query(`SELECT id, display_name AS name FROM users WHERE id = ANY($1)`, [userIds]),
    dataSource.query(`SELECT id, name_zh AS name FROM members WHERE id = ANY($1)`, [memberIds]),
  ]);
  const userName = new Map(users.map((row) => [row.id, row.name]));
  const memberName = new Map(members.map((row) => [row.id, row.name]));
  const json = (value: Record<string, unknown> | null) => (value === null ? null : JSON.stringify(value));
  return {
    name: '审计日志',
    columns: [
      { header: '时间 (北京时间)', width: 18 },
      { header: '操作人', width: 14 },
      { header: '成员单位', width: 28 },
      { header: '操作', width: 28 },
      { header: '对象类型', width: 18 },
      { header: '对象编号', width: 38 },
      { header: '变更前', width: 60 },
      { header: '变更后', width: 60 },
      { header: '请求编号', width: 38 },
    ],
    rows: rows.map((row) => [
      row.at,
      row.actorUserId ? (userName.get(row.actorUserId) ?? row.actorUserId) : '系统',
      row.actorMemberId ? (memberName.get(row.actorMemberId) ?? row.actorMemberId) : null,
      row.action,
      row.entityType,
      row.entityId,
      json(row.before),
      json(row.after),
      row.requestId,
    ]),
  };
}

/**
 * GET /exports/audit-log.csv?memberId=&actorId=&entityTypes=a,b&from=YYYY-MM-DD&to=YYYY-MM-DD with the session cookie:
 * the secretariat only (401 without a session, 403 for others, 400 for a malformed filter). The newest
 * AUDIT_LOG_LIMITS.exportRows entries matching the filter, UTF-8 with BOM, formula-safe cells.
 */
export function auditLogExportHandler({ dataSource, sessions, auditLog }: AuditExportDeps): RequestHandler {
  return async (req, res, next) => {
    try {
      const token = readSessionToken(req.headers.cookie);
      const viewer: Viewer | null = token ? await sessions.resolve(token) : null;
      if (!viewer) {
        res.status(401).type('text/plain').send('Please sign in.');
        return;
      }
      if (!auditPolicy.mayReadLog(viewer)) {
        res.status(403).type('text/plain').send('Only the secretariat exports the audit log.');
        return;
      }
      const filter = exportFilter(req.query);
      if (!filter) {
        res.status(400).type('text/plain').send('The filter is not valid.');
        return;
      }
      const rows = await auditLog.exportRows(viewer, filter, AUDIT_LOG_LIMITS.exportRows);
      res.setHeader('Content-Disposition', contentDisposition('审计日志.csv'));
      res.setHeader('Cache-Control', 'private, no-store');
      res.type('text/csv; charset=utf-8').send(toCsv([await auditSheet(dataSource, rows)]));
    } catch (error) {
      next(error);
    }
  };
}
