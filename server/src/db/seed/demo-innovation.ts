import type { EntityManager } from 'typeorm';
import { NotificationEntity } from '../../modules/notifications/notification.entity';
import {
  InnovationMemberQuotaEntity,
  InnovationPanellistEntity,
  InnovationProjectEntity,
  InnovationRoundEntity,
  InnovationScoreEntity,
} from '../../modules/innovation/innovation.entity';
import { DEMO_INNOVATION_CRITERIA, DEMO_PROJECTS_2025, DEMO_PROJECTS_2026, DEMO_ROUND_2025, DEMO_ROUND_2026, type DemoInnovationProject } from './demo-innovation.data';

interface Lookup {
  member(slug: string): string;
  user(account: string): string;
}

const HOUR_MS = 60 * 60 * 1000;

/** Deterministic points per criterion around a level (out of 100), a little different for each panellist. */
export function demoScores(level: number, panellist: number, project: number): number[] {
  return DEMO_INNOVATION_CRITERIA.map((criterion, index) => {
    const spread = ((panellist * 3 + project * 5 + index * 7) % 7) - 3;
    const points = Math.round((criterion.maxScore * (level + spread)) / 100);
    return Math.max(0, Math.min(criterion.maxScore, points));
  });
}

async function insertProjects(manager: EntityManager, lookup: Lookup, roundId: string, projects: DemoInnovationProject[], firstAt: Date): Promise<InnovationProjectEntity[]> {
  return manager.save(
    projects.map((project, index) =>
      manager.create(InnovationProjectEntity, {
        roundId,
        memberId: lookup.member(project.member),
        submittedById: lookup.user(`${project.by}.${project.member}`),
        title: project.title,
        category: project.category,
        summary: project.summary,
        results: project.results,
        links: project.links,
        media: project.media,
        status: 'SUBMITTED',
        award: project.award ?? null,
        averageScore: null,
        rank: null,
        withdrawnAt: null,
        isDemo: true,
        version: 1,
        createdAt: new Date(firstAt.getTime() + index * 26 * HOUR_MS),
        updatedAt: new Date(firstAt.getTime() + index * 26 * HOUR_MS),
      }),
    ),
  );
}

/**
 * Last year's round, published at the Jingzhou founding meeting (12 projects, a panel of 5, their scores, 3 精品 and 5
 * 优秀), and this year's round, open until the end of December with a few submissions and its panel named.
 */
/** The demo event with this title (seeded before the rounds), where a round's list is presented. */
async function demoEventId(manager: EntityManager, title: string): Promise<string> {
  const [event]: { id: string }[] = await manager.query(`SELECT id FROM events WHERE title = $1 AND is_demo`, [title]);
  if (!event) throw new Error(`demo data names unknown event ${title}`);
  return event.id;
}

export async function seedDemoInnovation(manager: EntityManager, lookup: Lookup): Promise<void> {
  const secretariat = lookup.user('secretariat');
  const last = await manager.save(
    manager.create(InnovationRoundEntity, {
      title: DEMO_ROUND_2025.title,
      year: DEMO_ROUND_2025.year,
      criteria: DEMO_INNOVATION_CRITERIA,
      submissionsCloseAt: new Date(DEMO_ROUND_2025.submissionsCloseAt),
      status: 'PUBLISHED',
      openedById: secretariat,
      closedAt: new Date(DEMO_ROUND_2025.closedAt),
      publishedAt: new Date(DEMO_ROUND_2025.publishedAt),
      presentedAtEventId: await demoEventId(manager, DEMO_ROUND_2025.presentedAtEventTitle),
      isDemo: true,
      version: 4,
      createdAt: new Date(DEMO_ROUND_2025.openedAt),
      updatedAt: new Date(DEMO_ROUND_2025.publishedAt),
    }),
  );
  const panel2025 = DEMO_ROUND_2025.panel.map((account) => lookup.user(account));
  await manager.save(panel2025.map((userId) => manager.create(InnovationPanellistEntity, { roundId: last.id, userId, createdAt: new Date(DEMO_ROUND_2025.openedAt) })));
  const projects2025 = await insertProjects(manager, lookup, last.id, DEMO_PROJECTS_2025, new Date('2025-09-01T02:00:00Z'));
  const scores: InnovationScoreEntity[] = [];
  const averages = projects2025.map((project, projectIndex) => {
    const totals = panel2025.map((userId, panellistIndex) => {
      const points = demoScores(DEMO_PROJECTS_2025[projectIndex]?.level ?? 70, panellistIndex, projectIndex);
      const total = points.reduce((sum, value) => sum + value, 0);
      scores.push(
        manager.create(InnovationScoreEntity, {
          projectId: project.id,
          userId,
          roundId: last.id,
          scores: points,
          total,
          comment: panellistIndex === 0 ? '材料完整，成效数据可信，建议在联盟内推广。' : null,
          isDemo: true,
          createdAt: new Date('2025-11-20T02:00:00Z'),
          updatedAt: new Date('2025-11-20T02:00:00Z'),
        }),
      );
      return total;
    });
    return { project, average: totals.reduce((sum, value) => sum + value, 0) / totals.length };
  });
  await manager.save(scores);
  const ranked = [...averages].sort((a, b) => b.average - a.average || a.project.createdAt.getTime() - b.project.createdAt.getTime());
  for (const [index, { project, average }] of ranked.entries()) {
    await manager.update(InnovationProjectEntity, { id: project.id }, { averageScore: average.toFixed(2), rank: index + 1 });
  }
  await manager.save(
    [...new Set(DEMO_PROJECTS_2025.map((project) => project.member))].map((member) =>
      manager.create(InnovationMemberQuotaEntity, { roundId: last.id, memberId: lookup.member(member), used: DEMO_PROJECTS_2025.filter((project) => project.member === member).length }),
    ),
  );

  const open = await manager.save(
    manager.create(InnovationRoundEntity, {
      title: DEMO_ROUND_2026.title,
      year: DEMO_ROUND_2026.year,
      criteria: DEMO_INNOVATION_CRITERIA,
      submissionsCloseAt: new Date(DEMO_ROUND_2026.submissionsCloseAt),
      status: 'OPEN',
      openedById: secretariat,
      closedAt: null,
      publishedAt: null,
      presentedAtEventId: await demoEventId(manager, DEMO_ROUND_2026.presentedAtEventTitle),
      isDemo: true,
      version: 2,
      createdAt: new Date(DEMO_ROUND_2026.openedAt),
      updatedAt: new Date(DEMO_ROUND_2026.openedAt),
    }),
  );
  const panel2026 = DEMO_ROUND_2026.panel.map((account) => lookup.user(account));
  await manager.save(panel2026.map((userId) => manager.create(InnovationPanellistEntity, { roundId: open.id, userId, createdAt: new Date(DEMO_ROUND_2026.openedAt) })));
  await insertProjects(manager, lookup, open.id, DEMO_PROJECTS_2026, new Date('2026-11-02T02:00:00Z'));
  await manager.save(
    [...new Set(DEMO_PROJECTS_2026.map((project) => project.member))].map((member) =>
      manager.create(InnovationMemberQuotaEntity, { roundId: open.id, memberId: lookup.member(member), used: DEMO_PROJECTS_2026.filter((project) => project.member === member).length }),
    ),
  );
  await manager.save(
    panel2026.map((userId) =>
      manager.create(NotificationEntity, {
        userId,
        kind: 'INNOVATION_PANEL_NAMED',
        actorId: secretariat,
        innovationRoundId: open.id,
        detail: open.title,
        readAt: null,
        createdAt: new Date(DEMO_ROUND_2026.openedAt),
      }),
    ),
  );
}
