import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { periodDates } from '@yah/shared';
import {
  CharterVersionEntity,
  CommitmentEntity,
  CommitmentEvidenceEntity,
  CommitmentTargetEntity,
  ParticipationPeriodEntity,
} from '../../modules/charter/charter.entity';
import { DEMO_CHARTER, DEMO_COMMITMENTS, DEMO_PERIODS, periodKey } from './demo-charter.data';

interface Lookup {
  member(slug: string): string;
  user(account: string): string;
}

const MINUTE = 60 * 1000;

/**
 * The charter as founded and as revised in June, the periods the secretariat opened (2025, 2026 and its quarters) with
 * their commitments, per-member targets, and evidence for the manual ones in every state. Written by the secretariat
 * account; runs last inside the demo seed's transaction (after the year's activity the commitments are measured on).
 */
export async function seedDemoCharter(manager: EntityManager, lookup: Lookup, now = Date.now()): Promise<number> {
  const secretariat = lookup.user('secretariat');
  const past = (at: string) => new Date(Math.min(Date.parse(at), now - MINUTE));

  await manager.insert(
    CharterVersionEntity,
    DEMO_CHARTER.map((version) => ({
      version: version.version,
      articles: version.articles,
      changeNote: version.changeNote,
      publishedById: secretariat,
      publishedAt: past(version.publishedAt),
      isDemo: true,
    })),
  );

  const periods: Partial<ParticipationPeriodEntity>[] = [];
  const commitments: Partial<CommitmentEntity>[] = [];
  const targets: Partial<CommitmentTargetEntity>[] = [];
  const evidence: Partial<CommitmentEvidenceEntity>[] = [];
  for (const period of DEMO_PERIODS) {
    const id = randomUUID();
    const openedAt = past(period.openedAt);
    periods.push({ id, kind: period.kind, year: period.year, quarter: period.quarter ?? 0, ...periodDates(period.kind, period.year, period.quarter), openedById: secretariat, isDemo: true, createdAt: openedAt });
    (DEMO_COMMITMENTS[periodKey(period)] ?? []).forEach((demo, position) => {
      const commitmentId = randomUUID();
      // Set one after another right after the period was opened (the order they are listed in).
      const setAt = new Date(openedAt.getTime() + (position + 1) * MINUTE);
      commitments.push({
        id: commitmentId,
        periodId: id,
        metric: demo.metric,
        title: demo.title,
        description: demo.description,
        defaultTarget: demo.defaultTarget,
        weight: demo.weight,
        isDemo: true,
        version: 1,
        createdAt: setAt,
        updatedAt: setAt,
      });
      for (const [slug, target] of Object.entries(demo.targets ?? {})) targets.push({ commitmentId, memberId: lookup.member(slug), target });
      for (const item of demo.evidence ?? []) {
        const decided = item.state !== 'SUBMITTED';
        evidence.push({
          commitmentId,
          memberId: lookup.member(item.member),
          submittedById: lookup.user(`${item.by}.${item.member}`),
          text: item.text,
          links: item.links,
          state: item.state,
          decidedById: decided ? secretariat : null,
          decidedAt: decided && item.decidedAt ? past(item.decidedAt) : null,
          decisionNote: item.decisionNote ?? null,
          isDemo: true,
          version: decided ? 2 : 1,
          createdAt: past(item.submittedAt),
          updatedAt: past(item.decidedAt ?? item.submittedAt),
        });
      }
    });
  }
  await manager.insert(ParticipationPeriodEntity, periods);
  await manager.insert(CommitmentEntity, commitments);
  if (targets.length) await manager.insert(CommitmentTargetEntity, targets);
  if (evidence.length) await manager.insert(CommitmentEvidenceEntity, evidence);
  return DEMO_CHARTER.length + periods.length + commitments.length;
}
