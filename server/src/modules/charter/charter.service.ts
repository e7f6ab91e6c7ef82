import type { DataSource, EntityManager } from 'typeorm';
import { charterChanges, type Role } from '@yah/shared';
import { badInput, conflict } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { pageSize } from '../../common/pagination';
import { authorize } from '../../common/policy';
import { inTransaction } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notification.service';
import { CharterVersionEntity, type CharterArticle } from './charter.entity';
import type { CharterArticleInput, PublishCharterInput } from './charter.input';
import { charterPolicy } from './charter.policy';

const stale = () => conflict('The charter was published again meanwhile. Reload it and apply your changes to the new version.', 'STALE_VERSION');

/** The articles as stored: numbers unique, in number order, no area written as null. */
export function checkedArticles(articles: readonly CharterArticleInput[]): CharterArticle[] {
  const seen = new Set<number>();
  articles.forEach((article, index) => {
    if (seen.has(article.number)) {
      throw badInput(`Article number ${article.number} appears twice: each article has its own number.`, 'VALIDATION', { [`articles.${index}.number`]: 'used twice' });
    }
    seen.add(article.number);
  });
  return [...articles]
    .sort((a, b) => a.number - b.number)
    .map((article) => ({ number: article.number, title: article.title, body: article.body, area: article.area ?? null }));
}

/** Active chief editors of active member units: who hears that the charter changed. */
async function chiefEditorsOfActiveMembers(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT u.id FROM users u JOIN members m ON m.id = u.member_id WHERE u.role = $1 AND u.active AND m.status = 'ACTIVE'`,
    ['CHIEF_EDITOR' satisfies Role],
  );
  return rows.map((row) => row.id);
}

/** The charter (章程): read by everyone signed in, published in versions by the secretariat. */
export class CharterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
  ) {}

  /** The version in force; null before the first publication. */
  current(): Promise<CharterVersionEntity | null> {
    return this.dataSource.getRepository(CharterVersionEntity).findOne({ where: {}, order: { version: 'DESC' } });
  }

  /** Newest first, at most `first` (≤ 100). */
  versions(first: number | null | undefined): Promise<CharterVersionEntity[]> {
    return this.dataSource.getRepository(CharterVersionEntity).find({ order: { version: 'DESC' }, take: pageSize(first) });
  }

  byVersion(version: number): Promise<CharterVersionEntity | null> {
    return this.dataSource.getRepository(CharterVersionEntity).findOneBy({ version });
  }

  /**
   * A new version on top of `baseVersion`, the one the secretariat edited. The unique version number decides a race:
   * of two publications from the same base one inserts, the other inserts nothing and is told its base is stale.
   * Every active chief editor is told (CHARTER_UPDATED, the change note as detail).
   */
  async publish(viewer: Viewer, input: PublishCharterInput, requestId: string): Promise<CharterVersionEntity> {
    authorize(charterPolicy.mayPublish(viewer), 'Only the secretariat publishes the charter.');
    const articles = checkedArticles(input.articles);
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const current = await manager.findOne(CharterVersionEntity, { where: {}, order: { version: 'DESC' } });
      if ((input.baseVersion ?? null) !== (current?.version ?? null)) throw stale();
      // A version that changes nothing would only tell every chief editor about nothing.
      if (current && charterChanges(current.articles, articles).length === 0) {
        throw badInput(`The articles are exactly those of version ${current.version}: there is nothing to publish.`, 'CHARTER_UNCHANGED');
      }
      const version = (current?.version ?? 0) + 1;
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO charter_versions (version, articles, change_note, published_by_id) VALUES ($1, $2::jsonb, $3, $4)
         ON CONFLICT (version) DO NOTHING RETURNING id`,
        [version, JSON.stringify(articles), input.changeNote, viewer.userId],
      );
      const id = inserted[0]?.id;
      if (!id) throw stale();
      const published = await manager.findOneByOrFail(CharterVersionEntity, { id });
      await recordAudit(manager, viewer, requestId, {
        action: 'charter.publish',
        entityType: 'charter_version',
        entityId: id,
        before: current ? { version: current.version, changeNote: current.changeNote, articles: current.articles } : null,
        after: { version, changeNote: published.changeNote, articles },
      });
      await notify(manager, emit, {
        userIds: await chiefEditorsOfActiveMembers(manager),
        kind: 'CHARTER_UPDATED',
        actorId: viewer.userId,
        detail: published.changeNote || null,
      });
      return published;
    });
  }
}
