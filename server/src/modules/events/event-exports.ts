import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import type { Role } from '@yah/shared';
import type { Viewer } from '../../common/viewer';
import { contentDisposition, DATE_TIME_FORMAT, toCsv, toXlsx, type ExportSheet } from '../../http/downloads';
import { readSessionToken } from '../auth/session-cookie';
import type { SessionService } from '../auth/session.service';
import { EventEntity } from './event.entity';
import { eventPolicy } from './event.policy';
import type { EventReportService } from './event-report.service';

const ROLE_WORDS: Record<Role, string> = { SECRETARIAT: '秘书处', CHIEF_EDITOR: '总编辑', EDITOR: '编辑', REPORTER: '记者' };
const STATUS_WORDS: Record<string, string> = { PLACED: '已报名', WAITLISTED: '候补' };

/**
 * The people an event sends, for the host's staff: no phone numbers or e-mail addresses. Those placed first, by member
 * along the river as the member directory lists them (provinces upstream first, then the member), each member's in the
 * order they were placed; then the waiting list in its order, with each one's position (候补顺序).
 */
export async function rosterSheet(dataSource: DataSource, eventId: string): Promise<ExportSheet> {
  const rows: {
    name: string;
    member: string;
    city: string;
    province: string;
    role: Role | null;
    guest_title: string | null;
    status: string;
    waitlist_position: number | null;
    registered_at: Date;
    stops: string;
  }[] = await dataSource.query(
    `SELECT coalesce(u.display_name, p.guest_name) AS name, m.name_zh AS member, m.city_zh AS city, pr.name_zh AS province,
            u.role, p.guest_title, p.status, p.created_at AS registered_at,
            CASE WHEN p.status = 'WAITLISTED'
                 THEN (row_number() OVER (PARTITION BY p.status = 'WAITLISTED' ORDER BY p.waitlisted_at, p.id))::int END AS waitlist_position,
            coalesce((SELECT string_agg(to_char(s.day, 'MM-DD') || ' ' || to_char(s.starts_at, 'HH24:MI') || ' ' || s.place, '；' ORDER BY s.day, s.starts_at, s.position)
                        FROM event_check_ins k JOIN event_stops s ON s.id = k.stop_id WHERE k.participant_id = p.id), '') AS stops
       FROM event_participants p
       JOIN members m ON m.id = p.member_id
       JOIN provinces pr ON pr.code = m.province_code
       LEFT JOIN users u ON u.id = p.user_id
      WHERE p.event_id = $1 AND p.status <> 'WITHDRAWN'
      ORDER BY CASE WHEN p.status = 'PLACED' THEN 0 ELSE 1 END,
               CASE WHEN p.status = 'PLACED' THEN pr.river_order END, CASE WHEN p.status = 'PLACED' THEN m.slug END,
               coalesce(p.placed_at, p.waitlisted_at), p.id`,
    [eventId],
  );
  return {
    name: '名单',
    columns: [
      { header: '姓名', width: 14 },
      { header: '单位', width: 28 },
      { header: '城市', width: 10 },
      { header: '省份', width: 10 },
      { header: '身份/职务', width: 14 },
      { header: '状态', width: 8 },
      { header: '候补顺序', width: 10 },
      { header: '报名时间 (北京时间)', width: 20, numFmt: DATE_TIME_FORMAT },
      { header: '已签到站点', width: 48 },
    ],
    rows: rows.map((row) => [
      row.name,
      row.member,
      row.city,
      row.province,
      row.role ? ROLE_WORDS[row.role] : (row.guest_title ?? '嘉宾'),
      STATUS_WORDS[row.status] ?? row.status,
      row.waitlist_position,
      new Date(row.registered_at),
      row.stops,
    ]),
  };
}

/** The trip report's three views. */
export async function reportSheets(dataSource: DataSource, reports: EventReportService, eventId: string): Promise<ExportSheet[]> {
  const report = await reports.report(eventId);
  const memberIds = [...new Set([...report.byMember.map((row) => row.memberId), ...report.pieces.map((piece) => piece.memberId)])];
  const [members, reporters]: [{ id: string; name: string }[], { id: string; name: string }[]] = await Promise.all([
    dataSource.query(`SELECT id, name_zh AS name FROM members WHERE id = ANY($1)`, [memberIds]),
    dataSource.query(`SELECT id, display_name AS name FROM users WHERE id = ANY($1)`, [report.pieces.map((piece) => piece.reporterId)]),
  ]);
  const memberName = new Map(members.map((row) => [row.id, row.name]));
  const reporterName = new Map(reporters.map((row) => [row.id, row.name]));
  const counts = (width = 10) => ({ width, numFmt: '#,##0' });
  return [
    {
      name: '按成员单位',
      columns: [{ header: '成员单位', width: 28 }, { header: '参加人数', ...counts() }, { header: '签到人数', ...counts() }, { header: '认领', ...counts() }, { header: '采用', ...counts() }, { header: '刊发', ...counts() }, { header: '传播量', ...counts(14) }],
      rows: report.byMember.map((row) => [memberName.get(row.memberId) ?? '', row.participants, row.attended, row.claims, row.accepted, row.publications, row.reach]),
    },
    {
      name: '按日期',
      columns: [{ header: '日期 (北京时间)', width: 14 }, { header: '签到', ...counts() }, { header: '认领', ...counts() }, { header: '采用', ...counts() }, { header: '刊发', ...counts() }, { header: '传播量', ...counts(14) }],
      rows: report.byDay.map((row) => [row.date, row.checkIns, row.claims, row.accepted, row.publications, row.reach]),
    },
    {
      name: '稿件',
      columns: [
        { header: '采用时间 (北京时间)', width: 20, numFmt: DATE_TIME_FORMAT },
        { header: '采访任务', width: 40 },
        { header: '记者', width: 14 },
        { header: '成员单位', width: 28 },
        { header: '刊发', ...counts() },
        { header: '传播量', ...counts(14) },
      ],
      rows: report.pieces.map((piece) => [
        piece.acceptedAt,
        piece.assignmentTitle,
        reporterName.get(piece.reporterId) ?? '',
        memberName.get(piece.memberId) ?? '',
        piece.publicationIds.length,
        piece.reach,
      ]),
    },
  ];
}

const EXPORT_FILES = ['roster.csv', 'roster.xlsx', 'report.csv', 'report.xlsx'] as const;
type ExportFile = (typeof EXPORT_FILES)[number];
const isExportFile = (file: string): file is ExportFile => (EXPORT_FILES as readonly string[]).includes(file);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ExportDeps {
  dataSource: DataSource;
  sessions: Pick<SessionService, 'resolve'>;
  reports: EventReportService;
}

/**
 * GET /exports/events/:id/(roster|report).(csv|xlsx) with the session cookie. The roster: the host's staff and the
 * secretariat (403 otherwise); the report: whoever may read the event. 401 without a session, 404 for an unknown or
 * unreadable event. Files are named after the event's title.
 */
export function eventExportHandler({ dataSource, sessions, reports }: ExportDeps): RequestHandler<{ id: string; file: string }> {
  return async (req, res, next) => {
    try {
      const { id, file } = req.params;
      if (!isExportFile(file) || !UUID.test(id)) {
        res.status(404).type('text/plain').send('No such export.');
        return;
      }
      const token = readSessionToken(req.headers.cookie);
      const viewer: Viewer | null = token ? await sessions.resolve(token) : null;
      if (!viewer) {
        res.status(401).type('text/plain').send('Please sign in.');
        return;
      }
      const event = await dataSource.getRepository(EventEntity).findOneBy({ id });
      if (!event || !eventPolicy.mayRead(viewer, event)) {
        res.status(404).type('text/plain').send('No such event.');
        return;
      }
      const [view, format] = file.split('.') as ['roster' | 'report', 'csv' | 'xlsx'];
      if (view === 'roster' && !eventPolicy.mayManage(viewer, event)) {
        res.status(403).type('text/plain').send("Only the host's editors and chief editor, and the secretariat, export the roster.");
        return;
      }
      const sheets = view === 'roster' ? [await rosterSheet(dataSource, event.id)] : await reportSheets(dataSource, reports, event.id);
      const filename = `${event.title}-${view === 'roster' ? '名单' : '报告'}.${format}`;
      res.setHeader('Content-Disposition', contentDisposition(filename));
      res.setHeader('Cache-Control', 'private, no-store');
      if (format === 'csv') res.type('text/csv; charset=utf-8').send(toCsv(sheets));
      else res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await toXlsx(sheets));
    } catch (error) {
      next(error);
    }
  };
}
