import type { DataSource, EntityManager } from 'typeorm';
import type { ChannelKind, Role } from '@yah/shared';
import type { AppConfig } from '../../config/config';
import type { Logger } from '../../common/logger';
import { UserEntity } from '../../modules/accounts/user.entity';
import { hashPassword } from '../../modules/auth/password-hasher';
import { MemberEntity, type MemberChannel } from '../../modules/members/member.entity';
import { seedDemoCharter } from './demo-charter';
import { seedDemoAnnouncements } from './demo-announcements';
import { seedDemoCharterActivity } from './demo-charter-activity';
import { seedDemoCoverage } from './demo-coverage';
import { seedDemoEvents } from './demo-events';
import { seedDemoRegistrations } from './demo-registrations';
import { seedDemoInnovation } from './demo-innovation';
import { seedDemoRequests } from './demo-requests';
import { DEMO_TOPICS } from './demo-coverage.data';
import { DEMO_MEMBERS, DEMO_SECRETARIAT, type DemoMember } from './demo-members.data';
import { seedDemoResources } from './demo-resources';

/** Any fixed number: serialises demo seeding between server copies starting at once. */
const SEED_LOCK_KEY = 771_001;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN_NAMES = ['晓明', '思远', '雨桐', '建华', '子涵', '海燕', '志强', '佳怡', '文博', '丽娟', '浩然', '欣怡', '俊杰', '婷婷', '国栋', '梦琪', '立新', '静怡', '天宇', '春燕', '伟', '芳', '磊', '敏'];

/** Demo accounts of a member unit: `<prefix>.<slug>@demo.example`. */
const MEMBER_ACCOUNTS: { prefix: string; role: Role }[] = [
  { prefix: 'chief', role: 'CHIEF_EDITOR' },
  { prefix: 'editor', role: 'EDITOR' },
  { prefix: 'reporter', role: 'REPORTER' },
  { prefix: 'reporter2', role: 'REPORTER' },
];

function demoName(index: number): string {
  return `${SURNAMES[index % SURNAMES.length]}${GIVEN_NAMES[(index * 7) % GIVEN_NAMES.length]}`;
}

function demoChannels(member: DemoMember): MemberChannel[] {
  const channel = (kind: ChannelKind, name: string, url: string | null = null): MemberChannel => ({ kind, name, url });
  const site = `https://www.${member.slug}news.example`;
  const channels = [
    member.outletKind === 'CONVERGED_MEDIA_CENTER' ? channel('VIDEO', `${member.cityZh}广播电视台`) : channel('NEWSPAPER', member.nameZh.replace(/(社|传媒集团|报业集团)$/, '')),
    channel('APP', `掌上${member.cityZh}`),
    channel('WEBSITE', `${member.cityZh}新闻网`, site),
    channel('WECHAT', `${member.cityZh}发布`),
    channel('DOUYIN', `${member.cityZh}融媒`),
  ];
  if (member.allianceRole !== 'MEMBER') channels.push(channel('WEIBO', `@${member.cityZh}新闻`));
  return channels;
}

async function insertMember(manager: EntityManager, member: DemoMember): Promise<MemberEntity> {
  const entity = manager.create(MemberEntity, { ...member, status: 'ACTIVE', channels: demoChannels(member), isDemo: true });
  return manager.save(entity);
}

/**
 * Loads the demo alliance — only into a database that holds no members yet, never over real data.
 * Returns whether it loaded anything.
 */
export async function seedDemoData(dataSource: DataSource, demo: AppConfig['demo'], log: Logger): Promise<boolean> {
  const passwordHash = await hashPassword(demo.password);
  const seeded = await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    if ((await manager.count(MemberEntity)) > 0) return false;

    const users: Partial<UserEntity>[] = [];
    const account = (email: string, role: Role, memberId: string, index: number) =>
      users.push({ email, role, memberId, passwordHash, displayName: demoName(index), locale: 'zh-CN', active: true, isDemo: true, lastSignInAt: null });

    const memberIds = new Map<string, string>();
    const secretariat = await insertMember(manager, DEMO_SECRETARIAT);
    account('secretariat@demo.example', 'SECRETARIAT', secretariat.id, 0);
    let index = 1;
    for (const demoMember of DEMO_MEMBERS) {
      const member = await insertMember(manager, demoMember);
      memberIds.set(member.slug, member.id);
      for (const { prefix, role } of MEMBER_ACCOUNTS) account(`${prefix}.${member.slug}@demo.example`, role, member.id, index++);
    }
    const saved = await manager.save(users.map((user) => manager.create(UserEntity, user)));
    const userIds = new Map(saved.map((user) => [user.email.replace('@demo.example', ''), user.id]));
    const find = (map: Map<string, string>, key: string) => {
      const id = map.get(key);
      if (!id) throw new Error(`demo data names unknown ${key}`);
      return id;
    };
    const lookup = { member: (slug: string) => find(memberIds, slug), user: (account: string) => find(userIds, account) };
    await seedDemoCoverage(manager, lookup);
    await seedDemoResources(manager, lookup);
    // After the demo resources: requests are made for those it finds.
    await seedDemoRequests(manager, lookup);
    // After the library and the topics: events attach pieces and topics of the Jingzhou trip.
    await seedDemoEvents(manager, lookup);
    // After the events: the Jingzhou trip's registrations, waiting list and first-day check-ins.
    await seedDemoRegistrations(manager, lookup);
    // After the events: rounds are presented at the Jingzhou trip and the 2027 annual meeting.
    await seedDemoInnovation(manager, lookup);
    // Last: the year's activity before today, then the charter, periods and commitments measured on all of it.
    await seedDemoCharterActivity(manager, lookup);
    await seedDemoCharter(manager, lookup);
    await seedDemoAnnouncements(manager, lookup);
    return true;
  });
  if (seeded) {
    log.info(
      {
        members: DEMO_MEMBERS.length + 1,
        topics: DEMO_TOPICS.length,
        accounts: 1 + DEMO_MEMBERS.length * MEMBER_ACCOUNTS.length,
        demoPassword: demo.passwordFromEnv ? 'from DEMO_PASSWORD' : `the default (${demo.password}); set DEMO_PASSWORD before the first start to choose another`,
      },
      'loaded the demo alliance: sign in as secretariat@demo.example, chief.<city>@demo.example, editor.<city>@…, reporter.<city>@…',
    );
  }
  return seeded;
}
