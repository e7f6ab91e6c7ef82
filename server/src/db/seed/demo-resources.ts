import type { EntityManager } from 'typeorm';
import type { ClaimState } from '@yah/shared';
import { UserEntity } from '../../modules/accounts/user.entity';
import { AssignmentEntity } from '../../modules/assignments/assignment.entity';
import { ClaimEntity, PublicationEntity } from '../../modules/claims/claim.entity';
import { MemberEntity } from '../../modules/members/member.entity';
import { NotificationEntity } from '../../modules/notifications/notification.entity';
import { paragraphsHtml, pieceFromClaim, searchColumns } from '../../modules/resources/library-piece';
import { ResourceEntity } from '../../modules/resources/resource.entity';
import { sanitizeBody } from '../../modules/resources/rich-text';
import { TopicEntity } from '../../modules/topics/topic.entity';
import type { Lookup } from './demo-coverage';
import { DEMO_MEMBERS, DEMO_QUIET_DAYS } from './demo-members.data';
import { DEMO_PIECES, demoOffersOf, type DemoPiece } from './demo-resources.data';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** Republications this recent still wait in the owner's inbox. */
const RECENT_MS = 30 * DAY_MS;

const MEDIA_PATH = { IMAGE: 'photo.jpg', VIDEO: 'video.mp4', AUDIO: 'audio.mp3', FILE: 'file.pdf' } as const;

const siteOf = (slug: string) => `https://www.${slug}news.example`;
const offeredAt = (offered: DemoPiece['offered']) => (typeof offered === 'number' ? new Date(Date.now() - offered * DAY_MS) : new Date(offered));

/** Loads what members offer and the content library; runs inside the demo seed's transaction, after the coverage. */
export async function seedDemoResources(manager: EntityManager, lookup: Lookup): Promise<number> {
  const offers = DEMO_MEMBERS.flatMap((member, index) =>
    demoOffersOf(member, index).map((offer, n) => {
      const fields = { ...offer, body: '', byline: '', cities: [member.cityZh] };
      return manager.create(ResourceEntity, {
        ...fields,
        ...searchColumns(fields),
        provinceCodes: [member.provinceCode],
        contact: `${member.nameZh}融媒合作部 · editor.${member.slug}@demo.example`,
        capacityPerPeriod: offer.capacity?.[0] ?? null,
        capacityPeriod: offer.capacity?.[1] ?? null,
        ownerMemberId: lookup.member(member.slug),
        createdById: lookup.user(`${n === 0 ? 'chief' : 'editor'}.${member.slug}`),
        // Offered over the past two months, a few days apart; a quiet member's before it went quiet.
        createdAt: new Date(Date.now() - (member.slug in DEMO_QUIET_DAYS ? DEMO_QUIET_DAYS[member.slug]! + n * 3 + 1 : ((index * 7 + n * 3) % 60) + 1) * DAY_MS),
        isDemo: true,
      });
    }),
  );
  await manager.save(offers);
  const notes: Partial<NotificationEntity>[] = [];
  for (const [index, demo] of DEMO_PIECES.entries()) await seedPiece(manager, lookup, demo, index, notes);
  await seedClaimPiece(manager, lookup);
  await manager.save(notes.map((note) => manager.create(NotificationEntity, note)));
  return offers.length + DEMO_PIECES.length + 1;
}

async function seedPiece(manager: EntityManager, lookup: Lookup, demo: DemoPiece, index: number, notes: Partial<NotificationEntity>[]): Promise<void> {
  const createdAt = offeredAt(demo.offered);
  const fields = {
    area: 'CONTENT' as const,
    title: demo.title,
    description: demo.summary,
    body: sanitizeBody(paragraphsHtml(demo.paragraphs.join('\n'))),
    byline: demo.byline,
    themes: demo.themes,
    cities: demo.cities,
  };
  const originalUrl = `${siteOf(demo.owner)}/news/${createdAt.toISOString().slice(0, 10).replace(/-/g, '')}/${index + 1}.html`;
  const piece = await manager.save(
    manager.create(ResourceEntity, {
      ...fields,
      ...searchColumns(fields),
      source: demo.feed ? 'FEED' : 'MANUAL',
      feedItemKey: demo.feed ? originalUrl : null,
      provinceCodes: demo.provinces,
      originalUrl,
      media: (demo.media ?? []).map((medium, n) => ({ ...medium, url: `https://media.${demo.owner}.demo.example/${index + 1}/${n + 1}-${MEDIA_PATH[medium.kind]}` })),
      creditLine: demo.creditLine ?? '',
      excludedProvinceCodes: demo.excluded ?? [],
      noResyndication: demo.noResyndication ?? false,
      embargoUntil: demo.embargoDays ? new Date(Date.now() + demo.embargoDays * DAY_MS) : null,
      ownerMemberId: lookup.member(demo.owner),
      createdById: lookup.user(`editor.${demo.owner}`),
      createdAt,
      isDemo: true,
    }),
  );
  const ownerEditors = [lookup.user(`editor.${demo.owner}`), lookup.user(`chief.${demo.owner}`)];
  for (const run of demo.republications ?? []) {
    // Hours after it was offered, and never later than an hour ago.
    const publishedAt = new Date(Math.min(createdAt.getTime() + run.afterHours * HOUR_MS, Date.now() - HOUR_MS));
    const recorder = lookup.user(`editor.${run.member}`);
    await manager.save(
      manager.create(PublicationEntity, {
        resourceId: piece.id,
        claimId: null,
        topicId: null,
        memberId: lookup.member(run.member),
        channel: run.channel,
        url: `${siteOf(run.member)}/zhuanzai/${piece.id.slice(0, 8)}.html`,
        publishedAt,
        views: run.views,
        shares: run.shares,
        likes: run.likes,
        recordedById: recorder,
        isDemo: true,
      }),
    );
    if (Date.now() - publishedAt.getTime() < RECENT_MS) {
      for (const userId of ownerEditors) notes.push({ userId, kind: 'PIECE_REPUBLISHED', actorId: recorder, resourceId: piece.id, readAt: null });
    }
  }
}

/** The accepted demo claim, offered to the library by its reporter's member two hours after it first ran. */
async function seedClaimPiece(manager: EntityManager, lookup: Lookup): Promise<void> {
  const claim = await manager.findOne(ClaimEntity, { where: { state: 'ACCEPTED' satisfies ClaimState, isDemo: true }, order: { decidedAt: 'ASC' } });
  if (!claim) throw new Error('the demo coverage has no accepted claim to offer');
  const assignment = await manager.findOneByOrFail(AssignmentEntity, { id: claim.assignmentId });
  const topic = await manager.findOneByOrFail(TopicEntity, { id: assignment.topicId });
  const reporter = await manager.findOneByOrFail(UserEntity, { id: claim.reporterId });
  const member = await manager.findOneByOrFail(MemberEntity, { id: reporter.memberId });
  const firstRun = await manager.findOne(PublicationEntity, { where: { claimId: claim.id }, order: { publishedAt: 'ASC' } });
  const fields = pieceFromClaim({ claim, assignment, topic, reporterName: reporter.displayName, reporterMemberName: member.nameZh, firstRunUrl: firstRun?.url ?? null });
  await manager.save(
    manager.create(ResourceEntity, {
      ...fields,
      sourceClaimId: claim.id,
      ownerMemberId: member.id,
      createdById: lookup.user(`editor.${member.slug}`),
      createdAt: new Date((firstRun?.publishedAt ?? claim.decidedAt ?? new Date()).getTime() + 2 * HOUR_MS),
      isDemo: true,
    }),
  );
}
