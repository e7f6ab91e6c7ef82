import { randomUUID } from 'node:crypto';
import type { EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import { allianceDate, type ChannelKind } from '@yah/shared';
import { AssignmentEntity } from '../../modules/assignments/assignment.entity';
import { ClaimEntity, PublicationEntity } from '../../modules/claims/claim.entity';
import { paragraphsHtml, searchColumns } from '../../modules/resources/library-piece';
import { ResourceEntity } from '../../modules/resources/resource.entity';
import { ResourceRequestEntity } from '../../modules/resources/resource-request.entity';
import { sanitizeBody } from '../../modules/resources/rich-text';
import { TopicCoSponsorEntity, TopicEntity } from '../../modules/topics/topic.entity';
import {
  BYLINE_NAMES,
  DEMO_PIECE_TEMPLATES,
  DEMO_TOPIC_TEMPLATES,
  DEMO_YEAR_VOLUMES,
  MATERIAL_REQUESTS,
  RIVERSIDE,
  SUBMISSIONS,
  type DemoPieceTemplate,
  type DemoTopicTemplate,
  type DemoYearVolumes,
} from './demo-charter-activity.data';
import { DEMO_MEMBERS, DEMO_QUIET_DAYS, type DemoMember } from './demo-members.data';

interface Lookup {
  member(slug: string): string;
  user(account: string): string;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** The year's activity runs from the first working week of January to a few days ago (at the latest, the year's end). */
const YEAR_FROM = Date.parse('2026-01-05T00:00:00+08:00');
const YEAR_END = Date.parse('2026-12-31T18:00:00+08:00');
/** How busy each month is (January to December): quiet at the Spring Festival, busy in the flood season. */
const MONTH_WEIGHTS = [0.8, 0.5, 1, 1, 1.1, 1.3, 1.3, 1, 1, 0.9, 1.2, 1];

/** FNV-1a: the demo's variety is deterministic, never random. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const beijingMonth = (at: number) => new Date(at + 8 * HOUR).getUTCMonth() + 1;
const beijingMidnight = (at: number) => Math.floor((at + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
const compactDate = (at: number) => allianceDate(new Date(at)).replace(/-/g, '');
const siteOf = (slug: string) => `https://www.${slug}news.example`;

/**
 * `count` instants in [from, to], spread like the alliance's year: the quantiles (i + φ) ÷ count of the months' weights,
 * in working hours, with a phase φ of the salt's own so that members' dates do not fall on the same days.
 */
function spread(count: number, from: number, to: number, salt: string): number[] {
  if (count <= 0 || to <= from) return [];
  const days: number[] = [];
  for (let day = beijingMidnight(from); day <= to; day += DAY) days.push(day);
  const weights = days.map((day) => MONTH_WEIGHTS[beijingMonth(day) - 1]!);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const phase = 0.1 + (hash(salt) % 800) / 1000;
  return Array.from({ length: count }, (_, i) => {
    const target = ((i + phase) / count) * total;
    let passed = 0;
    let k = 0;
    while (k < days.length - 1 && passed + weights[k]! < target) passed += weights[k++]!;
    const at = days[k]! + (9 + (hash(`${salt}:${i}`) % 11)) * HOUR + (hash(`${salt}:${i}:min`) % 60) * 60_000;
    return Math.min(Math.max(at, from), to);
  });
}

/** Reach of a run, a few thousand to a hundred thousand views. */
function reach(key: string) {
  const views = 2_000 + (hash(key) % 96_000);
  return { views, shares: Math.round(views / (30 + (hash(`${key}:s`) % 40))), likes: Math.round(views / (10 + (hash(`${key}:l`) % 15))) };
}

/** A member as the year's activity sees it: when it could act (joined, not yet quiet) and what it did. */
interface Actor {
  demo: DemoMember;
  index: number;
  id: string;
  volumes: DemoYearVolumes;
  from: number;
  to: number;
  channels: ChannelKind[];
}

interface YearTopic {
  id: string;
  key: string;
  proposer: Actor;
  template: DemoTopicTemplate;
  proposedAt: number;
  due: number;
  windowStart: string;
  windowEnd: string;
  joined: Map<Actor, number>;
  assignments: number;
}

interface YearClaim {
  id: string;
  topic: YearTopic;
  actor: Actor;
  decidedAt: number;
}

interface YearPiece {
  id: string;
  owner: Actor;
  createdAt: number;
  title: string;
  runs: { actor: Actor; at: number }[];
}

const distance = (a: Actor, b: Actor) => Math.abs(a.index - b.index);

async function insertAll<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: Partial<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await manager.insert(entity, rows.slice(i, i + 200) as T[]);
}

/**
 * The alliance's year before today (DEMO_YEAR_VOLUMES): joint topics led and joined across 2026 with their
 * assignments, accepted work (a few handed in late), where it ran, library pieces and their republication across
 * members, and fulfilled requests for their material — every row dated in the member's own year (after it joined,
 * before it went quiet). Runs inside the demo seed's transaction, after the rest of the demo; writes no notifications.
 */
export async function seedDemoCharterActivity(manager: EntityManager, lookup: Lookup, now = Date.now()): Promise<number> {
  const actors: Actor[] = DEMO_MEMBERS.flatMap((demo, index) => {
    const volumes = DEMO_YEAR_VOLUMES[demo.slug];
    if (!volumes) return [];
    const quiet = DEMO_QUIET_DAYS[demo.slug];
    const from = Math.max(YEAR_FROM, Date.parse(`${demo.joinedOn}T09:00:00+08:00`) + 2 * DAY);
    const to = Math.min(YEAR_END, now - 3 * DAY, quiet === undefined ? Infinity : now - (quiet + 1) * DAY);
    const main: ChannelKind = demo.outletKind === 'CONVERGED_MEDIA_CENTER' ? 'VIDEO' : 'NEWSPAPER';
    return [{ demo, index, id: lookup.member(demo.slug), volumes, from, to, channels: [main, 'APP', 'WEBSITE', 'WECHAT', 'DOUYIN'] }];
  });
  const channelOf = (actor: Actor, key: string) => actor.channels[hash(key) % actor.channels.length]!;
  const today = allianceDate(new Date(now));

  // Topics each member led, spread over its year, on themes of the season.
  const topics: YearTopic[] = [];
  for (const actor of actors) {
    const used = new Set<DemoTopicTemplate>();
    spread(actor.volumes.topicsLed, actor.from, actor.to - 10 * DAY, `topic:${actor.demo.slug}`).forEach((proposedAt, i) => {
      const key = `${actor.demo.slug}:${i}`;
      const unused = DEMO_TOPIC_TEMPLATES.filter((template) => !used.has(template) && (!template.riverside || RIVERSIDE.has(actor.demo.slug)));
      const inSeason = unused.filter((template) => !template.months || template.months.includes(beijingMonth(proposedAt)));
      const pool = inSeason.length ? inSeason : unused;
      const template = pool[hash(key) % pool.length]!;
      used.add(template);
      topics.push({
        id: randomUUID(),
        key,
        proposer: actor,
        template,
        proposedAt,
        due: beijingMidnight(proposedAt + (9 + (hash(`${key}:due`) % 5)) * DAY) + 18 * HOUR,
        windowStart: allianceDate(new Date(proposedAt + 3 * DAY)),
        windowEnd: allianceDate(new Date(proposedAt + (20 + (hash(`${key}:window`) % 20)) * DAY)),
        joined: new Map(),
        assignments: 0,
      });
    });
  }

  // Co-sponsors: each member joins topics near its own dates, nearby along the river, spreading over the topics.
  for (const actor of actors) {
    for (const wanted of spread(actor.volumes.topicsJoined, actor.from, actor.to - 3 * DAY, `join:${actor.demo.slug}`)) {
      let best: { topic: YearTopic; at: number; score: number } | null = null;
      for (const topic of topics) {
        if (topic.proposer === actor || topic.joined.has(actor)) continue;
        const at = topic.proposedAt + (1 + (hash(`${actor.demo.slug}:${topic.key}`) % 3)) * DAY + 2 * HOUR;
        if (at < actor.from || at > actor.to || at > now - HOUR) continue;
        const score = Math.abs(topic.proposedAt - wanted) / DAY / 12 + topic.joined.size * 0.9 + distance(actor, topic.proposer) / 7 + (hash(`${actor.demo.slug}:${topic.key}:j`) % 100) / 150;
        if (!best || score < best.score) best = { topic, at, score };
      }
      best?.topic.joined.set(actor, best.at);
    }
  }

  // Accepted work: each member's reporters take assignments on the topics it leads or joined (else on any near in time).
  const claims: YearClaim[] = [];
  const claimRows: Partial<ClaimEntity>[] = [];
  const assignments = new Map<string, AssignmentEntity>();
  const assignmentRows: Partial<AssignmentEntity>[] = [];
  for (const actor of actors) {
    const { accepted, late } = actor.volumes;
    const perTopic = new Map<YearTopic, number>();
    spread(accepted, actor.from, actor.to - 3 * DAY, `claim:${actor.demo.slug}`).forEach((wanted, i) => {
      const isLate = Math.floor(((i + 1) * late) / accepted) > Math.floor((i * late) / accepted);
      const key = `${actor.demo.slug}:claim:${i}`;
      const times = (topic: YearTopic) => {
        const claimedAt = topic.due - (4 + (hash(`${key}:${topic.key}:c`) % 3)) * DAY - (hash(`${key}:h`) % 8) * HOUR;
        const submittedAt = isLate ? topic.due + (6 + (hash(`${key}:late`) % 30)) * HOUR : topic.due - (2 + (hash(`${key}:early`) % 30)) * HOUR;
        return { claimedAt, submittedAt, decidedAt: Math.min(submittedAt + (5 + (hash(`${key}:d`) % 20)) * HOUR, now - HOUR) };
      };
      const feasible = (topic: YearTopic) => {
        const { claimedAt, submittedAt } = times(topic);
        return (perTopic.get(topic) ?? 0) < 2 && claimedAt >= actor.from && submittedAt <= actor.to && submittedAt < now - 2 * HOUR;
      };
      const involved = (topic: YearTopic) => topic.proposer === actor || topic.joined.has(actor);
      const pick = (candidates: YearTopic[], perDistance: number) =>
        candidates.reduce<YearTopic | null>((best, topic) => {
          const score = (topic: YearTopic) => Math.abs(topic.due - wanted) / DAY / 10 + distance(actor, topic.proposer) * perDistance;
          return !best || score(topic) < score(best) ? topic : best;
        }, null);
      const topic = pick(topics.filter((topic) => involved(topic) && feasible(topic)), 0) ?? pick(topics.filter(feasible), 0.2);
      if (!topic) return;
      perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1);
      const { claimedAt, submittedAt, decidedAt } = times(topic);
      const assignmentKey = `${topic.id}:${actor.demo.slug}`;
      let assignment = assignments.get(assignmentKey);
      if (!assignment) {
        const [angle, format] = topic.template.angles[topic.assignments % topic.template.angles.length]!;
        topic.assignments += 1;
        assignment = Object.assign(new AssignmentEntity(), {
          id: randomUUID(),
          topicId: topic.id,
          title: `${topic.template.short}·${actor.demo.cityZh}${angle}`,
          brief: `${topic.template.pitch}。${actor.demo.cityZh}站由${actor.demo.nameZh}记者承担。`,
          format,
          locationMemberId: actor.id,
          dueAt: new Date(topic.due),
          slots: 0,
          claimedCount: 0,
          status: 'OPEN' as const,
          createdById: lookup.user(`editor.${topic.proposer.demo.slug}`),
          isDemo: true,
          version: 1,
          createdAt: new Date(topic.proposedAt + DAY),
          updatedAt: new Date(claimedAt),
        });
        assignments.set(assignmentKey, assignment);
        assignmentRows.push(assignment);
      }
      const reporterAccount = `${assignment.slots === 0 ? 'reporter' : 'reporter2'}.${actor.demo.slug}`;
      assignment.slots += 1;
      assignment.claimedCount += 1;
      const id = randomUUID();
      const text = SUBMISSIONS[assignment.format](assignment.title);
      const links = [`https://media.demo.example/${id.slice(0, 8)}/final`];
      claims.push({ id, topic, actor, decidedAt });
      claimRows.push({
        id,
        assignmentId: assignment.id,
        reporterId: lookup.user(reporterAccount),
        state: 'ACCEPTED',
        submissionText: text,
        submissionLinks: links,
        reviewComment: null,
        claimedAt: new Date(claimedAt),
        submittedAt: new Date(submittedAt),
        decidedAt: new Date(decidedAt),
        isDemo: true,
        version: 3,
        updatedAt: new Date(decidedAt),
      });
    });
  }

  // Where accepted work ran: at the reporter's own outlet, and at the lead member's (a republication of another's piece).
  const publicationRows: Partial<PublicationEntity>[] = [];
  const ledRuns = new Map<Actor, number>();
  const run = (actor: Actor, at: number, key: string, source: Pick<PublicationEntity, 'claimId' | 'topicId' | 'resourceId'>, url: string) =>
    publicationRows.push({
      ...source,
      memberId: actor.id,
      channel: channelOf(actor, key),
      url,
      publishedAt: new Date(at),
      ...reach(key),
      recordedById: lookup.user(`editor.${actor.demo.slug}`),
      isDemo: true,
      createdAt: new Date(at + HOUR / 2),
    });
  for (const claim of claims) {
    const source = { claimId: claim.id, topicId: claim.topic.id, resourceId: null };
    const ownAt = claim.decidedAt + 3 * HOUR;
    if (ownAt <= claim.actor.to) {
      run(claim.actor, ownAt, `${claim.id}:own`, source, `${siteOf(claim.actor.demo.slug)}/news/${compactDate(ownAt)}/${claim.id.slice(0, 8)}.html`);
    }
    const lead = claim.topic.proposer;
    const leadAt = claim.decidedAt + 6 * HOUR;
    if (lead !== claim.actor && leadAt <= lead.to) {
      run(lead, leadAt, `${claim.id}:lead`, source, `${siteOf(lead.demo.slug)}/news/${compactDate(leadAt)}/${claim.id.slice(0, 8)}.html`);
      ledRuns.set(lead, (ledRuns.get(lead) ?? 0) + 1);
    }
  }

  // The library: each member's own reporting, offered through its year.
  const pieces: YearPiece[] = [];
  const resourceRows: Partial<ResourceEntity>[] = [];
  for (const actor of actors) {
    const used = new Set<DemoPieceTemplate>();
    spread(actor.volumes.offered, actor.from, actor.to, `offer:${actor.demo.slug}`).forEach((createdAt, i) => {
      const key = `${actor.demo.slug}:piece:${i}`;
      const unused = DEMO_PIECE_TEMPLATES.filter((template) => !used.has(template) && (!template.riverside || RIVERSIDE.has(actor.demo.slug)));
      const inSeason = unused.filter((template) => !template.months || template.months.includes(beijingMonth(createdAt)));
      const pool = inSeason.length ? inSeason : unused;
      const template = pool[hash(key) % pool.length]!;
      used.add(template);
      const city = actor.demo.cityZh;
      const name = BYLINE_NAMES[hash(`${key}:by`) % BYLINE_NAMES.length]!;
      const fields = {
        area: 'CONTENT' as const,
        title: template.title(city),
        description: template.summary(city),
        body: sanitizeBody(paragraphsHtml(template.paragraphs(city).join('\n'))),
        byline: `${actor.demo.nameZh}记者 ${name}`,
        themes: template.themes,
        cities: [city],
      };
      const id = randomUUID();
      pieces.push({ id, owner: actor, createdAt, title: fields.title, runs: [] });
      resourceRows.push({
        ...fields,
        ...searchColumns(fields),
        id,
        source: 'MANUAL',
        provinceCodes: [actor.demo.provinceCode],
        originalUrl: `${siteOf(actor.demo.slug)}/news/${compactDate(createdAt)}/${id.slice(0, 8)}.html`,
        media: i % 2 ? [] : [{ kind: 'IMAGE', caption: template.summary(city), credit: `摄影：${name}`, url: `https://media.${actor.demo.slug}.demo.example/${id.slice(0, 8)}/1-photo.jpg` }],
        creditLine: `来源：${actor.demo.nameZh}`,
        ownerMemberId: actor.id,
        createdById: lookup.user(`editor.${actor.demo.slug}`),
        isDemo: true,
        createdAt: new Date(createdAt),
        updatedAt: new Date(createdAt),
      });
    });
  }
  pieces.sort((a, b) => a.createdAt - b.createdAt);

  // Republication: each member runs recent pieces of others, the least run and the nearest first.
  for (const actor of actors) {
    const taken = new Set<YearPiece>();
    const wanted = Math.max(0, actor.volumes.republished - (ledRuns.get(actor) ?? 0));
    // The latest within days of the end of its year: a member that has not gone quiet ran something recently.
    const latest = Math.min(beijingMidnight(actor.to - (hash(`repub:${actor.demo.slug}`) % 9) * DAY) + (10 + (hash(`latest:${actor.demo.slug}`) % 9)) * HOUR, actor.to);
    [...spread(wanted - 1, actor.from, latest - 7 * DAY, `repub:${actor.demo.slug}`), ...(wanted > 0 ? [latest] : [])].forEach((at, i) => {
      const key = `${actor.demo.slug}:repub:${i}`;
      const open = pieces.filter((piece) => piece.owner !== actor && !taken.has(piece));
      let best: YearPiece | null = null;
      let bestScore = Infinity;
      for (const piece of open) {
        if (piece.createdAt > at - 3 * HOUR || piece.createdAt < at - 45 * DAY) continue;
        const score = (at - piece.createdAt) / DAY / 6 + piece.runs.length * 0.5 + distance(actor, piece.owner) / 10 + (hash(`${key}:${piece.id}`) % 100) / 200;
        if (score < bestScore) [best, bestScore] = [piece, score];
      }
      let publishedAt = at;
      if (!best) {
        // Nothing recent enough yet (early January): the next piece offered, hours after it was.
        best = open.find((piece) => piece.createdAt > at - 3 * HOUR) ?? null;
        if (!best) return;
        publishedAt = best.createdAt + (6 + (hash(key) % 30)) * HOUR;
        if (publishedAt > actor.to) return;
      }
      taken.add(best);
      best.runs.push({ actor, at: publishedAt });
      run(actor, publishedAt, key, { claimId: null, topicId: null, resourceId: best.id }, `${siteOf(actor.demo.slug)}/zhuanzai/${best.id.slice(0, 8)}.html`);
    });
  }

  // Requests for the material behind a member's pieces, asked by a member that ran it (or a neighbour), delivered.
  const requestRows: Partial<ResourceRequestEntity>[] = [];
  for (const actor of actors) {
    const own = pieces.filter((piece) => piece.owner === actor && piece.createdAt + 4 * DAY <= actor.to);
    const count = Math.min(actor.volumes.fulfilled, own.length);
    for (let i = 0; i < count; i += 1) {
      const piece = own[Math.floor(((i + 0.5) * own.length) / count)]!;
      const key = `${actor.demo.slug}:request:${i}`;
      const firstAsk = piece.createdAt + (1 + (hash(key) % 3)) * DAY;
      const ranIt = piece.runs.find((entry) => entry.at + 2 * HOUR <= actor.to - DAY && entry.actor.to >= Math.max(firstAsk, entry.at + 2 * HOUR));
      const neighbour = actors
        .filter((other) => other !== actor && other.from <= firstAsk && other.to >= firstAsk)
        .sort((a, b) => distance(actor, a) - distance(actor, b) || a.index - b.index)[0];
      const requester = ranIt?.actor ?? neighbour;
      if (!requester) continue;
      const askedAt = Math.min(ranIt ? Math.max(firstAsk, ranIt.at + 2 * HOUR) : firstAsk, actor.to - DAY);
      const decidedAt = askedAt + 5 * HOUR;
      const fulfilledAt = Math.min(decidedAt + 20 * HOUR, now - HOUR);
      const [note, delivered] = MATERIAL_REQUESTS[hash(key) % MATERIAL_REQUESTS.length]!;
      requestRows.push({
        resourceId: piece.id,
        ownerMemberId: actor.id,
        requesterMemberId: requester.id,
        requestedById: lookup.user(`editor.${requester.demo.slug}`),
        state: 'FULFILLED',
        note: note(piece.title),
        neededOn: null,
        periodStart: null,
        decidedById: lookup.user(`chief.${actor.demo.slug}`),
        decidedAt: new Date(decidedAt),
        declineReason: null,
        fulfilledAt: new Date(fulfilledAt),
        fulfillmentNote: delivered,
        cancelledAt: null,
        isDemo: true,
        version: 3,
        createdAt: new Date(askedAt),
        updatedAt: new Date(fulfilledAt),
      });
    }
  }

  const topicRows: Partial<TopicEntity>[] = topics.map((topic) => {
    const members = [topic.proposer, ...topic.joined.keys()];
    const partners = [...topic.joined.keys()].map((actor) => actor.demo.nameZh);
    const lead = topic.proposer.demo;
    return {
      id: topic.id,
      title: topic.template.title(lead.cityZh),
      brief: `${topic.template.pitch}。由${lead.nameZh}牵头${partners.length ? `，${partners.join('、')}共同发起` : ''}；稿件统一进入联盟稿件库，各成员平台同步刊发。`,
      themes: topic.template.themes,
      provinceCodes: [...new Set(members.map((actor) => actor.demo.provinceCode))],
      cities: [...new Set(members.map((actor) => actor.demo.cityZh))],
      windowStart: topic.windowStart,
      windowEnd: topic.windowEnd,
      targetChannels: topic.template.channels,
      state: topic.windowEnd < today ? 'COMPLETED' : 'IN_PROGRESS',
      proposerMemberId: topic.proposer.id,
      createdById: lookup.user(`editor.${lead.slug}`),
      rejectionReason: null,
      cancelReason: null,
      proposedAt: new Date(topic.proposedAt),
      isDemo: true,
      version: 1,
      createdAt: new Date(topic.proposedAt - 3 * HOUR),
      updatedAt: new Date(Math.min(Date.parse(`${topic.windowEnd}T20:00:00+08:00`), now - HOUR)),
    };
  });
  const coSponsorRows: Partial<TopicCoSponsorEntity>[] = topics.flatMap((topic) =>
    [...topic.joined].map(([actor, joinedAt]) => ({ topicId: topic.id, memberId: actor.id, status: 'JOINED' as const, invitedAt: new Date(topic.proposedAt + 2 * HOUR), joinedAt: new Date(joinedAt) })),
  );

  await insertAll(manager, TopicEntity, topicRows);
  await insertAll(manager, TopicCoSponsorEntity, coSponsorRows);
  await insertAll(manager, AssignmentEntity, assignmentRows);
  await insertAll(manager, ClaimEntity, claimRows);
  await insertAll(manager, ResourceEntity, resourceRows);
  await insertAll(manager, PublicationEntity, publicationRows);
  await insertAll(manager, ResourceRequestEntity, requestRows);
  return topicRows.length + claimRows.length + resourceRows.length + publicationRows.length + requestRows.length;
}
