import type { EntityManager } from 'typeorm';
import { SLOT_HOLDING_CLAIM_STATES } from '@yah/shared';
import { AssignmentEntity } from '../../modules/assignments/assignment.entity';
import { ClaimEntity, PublicationEntity } from '../../modules/claims/claim.entity';
import { NotificationEntity, type NotificationKind } from '../../modules/notifications/notification.entity';
import { TopicCoSponsorEntity, TopicCommentEntity, TopicEntity } from '../../modules/topics/topic.entity';
import { DEMO_TOPICS, type DemoAssignment, type DemoClaim, type DemoTopic } from './demo-coverage.data';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Lookup {
  member(slug: string): string;
  user(account: string): string;
}

const dueAt = (due: DemoAssignment['due']) => (typeof due === 'number' ? new Date(Date.now() + due * DAY_MS) : new Date(due));

/** Loads the demo alliance's joint coverage; runs inside the demo seed's transaction. */
export async function seedDemoCoverage(manager: EntityManager, lookup: Lookup): Promise<number> {
  const notifications: Partial<NotificationEntity>[] = [];
  const note = (userId: string, kind: NotificationKind, refs: Partial<NotificationEntity>) => notifications.push({ userId, kind, readAt: null, ...refs });

  for (const demo of DEMO_TOPICS) {
    const editorId = lookup.user(`editor.${demo.proposer}`);
    const proposedAt = demo.state === 'DRAFT' ? null : new Date(Date.now() - (demo.proposedDaysAgo ?? 0) * DAY_MS);
    const topic = await manager.save(
      manager.create(TopicEntity, {
        title: demo.title,
        brief: demo.brief,
        themes: demo.themes,
        provinceCodes: demo.provinces,
        cities: demo.cities,
        windowStart: demo.window[0],
        windowEnd: demo.window[1],
        targetChannels: demo.channels,
        state: demo.state,
        proposerMemberId: lookup.member(demo.proposer),
        createdById: editorId,
        rejectionReason: demo.state === 'REJECTED' ? (demo.reason ?? null) : null,
        cancelReason: demo.state === 'CANCELLED' ? (demo.reason ?? null) : null,
        proposedAt,
        // A topic proposed long ago was written then too.
        ...(demo.proposedDaysAgo && proposedAt ? { createdAt: proposedAt } : {}),
        isDemo: true,
        version: 1,
      }),
    );
    await seedCoSponsors(manager, lookup, demo, topic.id, (userId) => note(userId, 'COSPONSOR_INVITED', { topicId: topic.id, actorId: editorId }));
    if (demo.state === 'REJECTED') note(editorId, 'TOPIC_REJECTED', { topicId: topic.id, detail: demo.reason ?? null });
    for (const [author, body] of demo.comments ?? []) {
      await manager.save(manager.create(TopicCommentEntity, { topicId: topic.id, authorId: lookup.user(author), body }));
    }
    for (const demoAssignment of demo.assignments ?? []) {
      const claims = demoAssignment.claims ?? [];
      const assignment = await manager.save(
        manager.create(AssignmentEntity, {
          topicId: topic.id,
          title: demoAssignment.title,
          brief: demoAssignment.brief ?? '',
          format: demoAssignment.format,
          locationMemberId: lookup.member(demoAssignment.location),
          dueAt: dueAt(demoAssignment.due),
          slots: demoAssignment.slots,
          claimedCount: claims.filter((claim) => SLOT_HOLDING_CLAIM_STATES.includes(claim.state)).length,
          status: 'OPEN',
          createdById: editorId,
          isDemo: true,
          version: 1,
        }),
      );
      for (const demoClaim of claims) {
        await seedClaim(manager, lookup, demoClaim, { topicId: topic.id, assignmentId: assignment.id, editorId }, note);
      }
    }
  }
  await manager.save(notifications.map((row) => manager.create(NotificationEntity, row)));
  return DEMO_TOPICS.length;
}

async function seedCoSponsors(manager: EntityManager, lookup: Lookup, demo: DemoTopic, topicId: string, notifyInvited: (userId: string) => void): Promise<void> {
  const rows = [
    ...(demo.joined ?? []).map((slug) => ({ slug, status: 'JOINED' as const })),
    ...(demo.invited ?? []).map((slug) => ({ slug, status: 'INVITED' as const })),
  ];
  for (const { slug, status } of rows) {
    await manager.save(
      manager.create(TopicCoSponsorEntity, { topicId, memberId: lookup.member(slug), status, invitedAt: new Date(), joinedAt: status === 'JOINED' ? new Date() : null }),
    );
    if (status === 'INVITED') notifyInvited(lookup.user(`editor.${slug}`));
  }
}

async function seedClaim(
  manager: EntityManager,
  lookup: Lookup,
  demo: DemoClaim,
  refs: { topicId: string; assignmentId: string; editorId: string },
  note: (userId: string, kind: NotificationKind, refs: Partial<NotificationEntity>) => void,
): Promise<void> {
  const reporterId = lookup.user(demo.reporter);
  const submitted = demo.state !== 'CLAIMED';
  const claim = await manager.save(
    manager.create(ClaimEntity, {
      assignmentId: refs.assignmentId,
      reporterId,
      state: demo.state,
      submissionText: demo.text ?? null,
      submissionLinks: submitted ? [`https://media.demo.example/${refs.assignmentId.slice(0, 8)}/draft`] : [],
      reviewComment: demo.review ?? null,
      // One coherent past: claimed three days ago, submitted two, decided yesterday, published since.
      claimedAt: new Date(Date.now() - 3 * DAY_MS),
      submittedAt: submitted ? new Date(Date.now() - 2 * DAY_MS) : null,
      decidedAt: demo.state === 'ACCEPTED' || demo.state === 'CHANGES_REQUESTED' ? new Date(Date.now() - DAY_MS) : null,
      isDemo: true,
      version: 1,
    }),
  );
  const about = { topicId: refs.topicId, assignmentId: refs.assignmentId, claimId: claim.id };
  note(refs.editorId, 'ASSIGNMENT_CLAIMED', { ...about, actorId: reporterId });
  if (demo.state === 'SUBMITTED') note(refs.editorId, 'SUBMISSION_RECEIVED', { ...about, actorId: reporterId });
  if (demo.state === 'CHANGES_REQUESTED') note(reporterId, 'CHANGES_REQUESTED', { ...about, actorId: refs.editorId, detail: demo.review ?? null });
  if (demo.state === 'ACCEPTED') note(reporterId, 'SUBMISSION_ACCEPTED', { ...about, actorId: refs.editorId });
  for (const publication of demo.publications ?? []) {
    await manager.save(
      manager.create(PublicationEntity, {
        claimId: claim.id,
        topicId: refs.topicId,
        memberId: lookup.member(publication.member),
        channel: publication.channel,
        url: `https://${publication.member}.demo.example/news/${claim.id.slice(0, 8)}`,
        publishedAt: new Date(Date.now() - DAY_MS / 2),
        views: publication.views,
        shares: publication.shares,
        likes: publication.likes,
        recordedById: refs.editorId,
        isDemo: true,
      }),
    );
  }
}
