import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupBy } from '../topics/topic.loaders';
import { AssignmentEntity } from './assignment.entity';

/** A topic shows at most this many assignments; larger plans are split into topics. */
export const ASSIGNMENTS_PER_TOPIC = 200;

export function createAssignmentLoaders(dataSource: DataSource) {
  return {
    assignmentById: new DataLoader<string, AssignmentEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(AssignmentEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    assignmentsByTopic: new DataLoader<string, AssignmentEntity[]>(async (topicIds) => {
      const rows = await dataSource
        .getRepository(AssignmentEntity)
        .createQueryBuilder('a')
        .where('a.topic_id = ANY(:topicIds)', { topicIds })
        .orderBy('a.due_at', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .getMany();
      return groupBy(topicIds, rows, (row) => row.topicId).map((group) => group.slice(0, ASSIGNMENTS_PER_TOPIC));
    }),
  };
}
