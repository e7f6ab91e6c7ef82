import type { EntityManager } from 'typeorm';
import type { AnnouncementAudience } from '@yah/shared';
import { AnnouncementEntity } from '../../modules/announcements/announcement.entity';

interface Lookup {
  member(slug: string): string;
  user(account: string): string;
}

interface DemoAnnouncement {
  title: string;
  body: string;
  important: boolean;
  audience: AnnouncementAudience;
  provinceCodes: string[];
  postedAt: string;
  /** Who opened it (demo accounts), in order, each some hours after the one before. */
  readBy: string[];
}

const HOUR = 60 * 60 * 1000;

const DEMO_ANNOUNCEMENTS: DemoAnnouncement[] = [
  {
    title: '关于报送2026年度联盟工作总结和2027年合作计划的通知',
    body: [
      '各成员单位：',
      '为做好联盟年度总结和来年工作谋划，请各成员单位于12月25日前报送本单位2026年度参与联盟工作情况总结（含联合选题、稿件互转、资源共享、活动参与等）和2027年合作计划。',
      '总结材料请控制在3000字以内，可附典型作品链接；合作计划请写明拟牵头或参与的联合选题方向。材料通过平台“承诺与考核”中的材料提交功能上传，或发送至秘书处。',
      '联盟秘书处\n2026年11月25日',
    ].join('\n\n'),
    important: true,
    audience: 'ALL',
    provinceCodes: [],
    postedAt: '2026-11-25T02:00:00Z',
    readBy: ['chief.jingzhou', 'editor.hengyang', 'chief.changsha', 'editor.wanzhou', 'reporter.jingzhou'],
  },
  {
    title: '荆州联合采访活动行前提示',
    body: [
      '参加12月16日至19日荆州联合采访活动的湖北、湖南成员单位：',
      '请于12月16日上午10点前到荆州古城东门集合报到，携带记者证和采访设备；活动期间每日行程以平台“活动”页面为准，如有调整将及时通知。',
      '江汉平原近期气温较低，户外采访请注意保暖。',
    ].join('\n\n'),
    important: false,
    audience: 'PROVINCES',
    provinceCodes: ['420000', '430000'],
    postedAt: '2026-11-28T06:30:00Z',
    readBy: ['editor.jingzhou', 'chief.hengyang'],
  },
];

/**
 * Two announcements of the secretariat — one to every member (pinned, read by a few), one to Hubei and Hunan — with
 * the read receipts of some demo accounts. No notifications: they went out before the demo's "today".
 */
export async function seedDemoAnnouncements(manager: EntityManager, lookup: Lookup, now = Date.now()): Promise<number> {
  const secretariat = lookup.user('secretariat');
  for (const demo of DEMO_ANNOUNCEMENTS) {
    const postedAt = new Date(Math.min(Date.parse(demo.postedAt), now - HOUR * (demo.readBy.length + 1)));
    const announcement = await manager.save(
      manager.create(AnnouncementEntity, {
        title: demo.title,
        body: demo.body,
        important: demo.important,
        audience: demo.audience,
        provinceCodes: demo.provinceCodes,
        postedById: secretariat,
        postedAt,
        updatedAt: postedAt,
        withdrawnAt: null,
        isDemo: true,
      }),
    );
    await manager.query(
      `INSERT INTO announcement_recipients (announcement_id, member_id)
       SELECT $1, m.id FROM members m WHERE m.status = 'ACTIVE' AND m.alliance_role <> 'SECRETARIAT' AND ($2 = 'ALL' OR m.province_code = ANY($3))`,
      [announcement.id, demo.audience, demo.provinceCodes],
    );
    for (const [index, account] of demo.readBy.entries()) {
      await manager.query(
        `INSERT INTO announcement_reads (announcement_id, user_id, member_id, read_at) SELECT $1, u.id, u.member_id, $3 FROM users u WHERE u.id = $2`,
        [announcement.id, lookup.user(account), new Date(postedAt.getTime() + (index + 1) * HOUR)],
      );
    }
  }
  return DEMO_ANNOUNCEMENTS.length;
}
