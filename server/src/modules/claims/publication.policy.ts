import type { Viewer } from '../../common/viewer';
import { topicPolicy, type TopicFacts } from '../topics/topic.policy';

export const PUBLICATION_ACTIONS = ['EDIT', 'WITHDRAW'] as const;
export type PublicationAction = (typeof PUBLICATION_ACTIONS)[number];

export const publicationPolicy = {
  /** The topic's editors (its proposing and joined co-sponsoring members) record where its accepted pieces ran. */
  canRecord: (viewer: Viewer, topic: TopicFacts) => topicPolicy.isTopicEditor(viewer, topic),

  /** A publication is corrected or withdrawn by whoever recorded it, and by nobody else. */
  actions(viewer: Viewer, publication: { recordedById: string }): PublicationAction[] {
    return viewer.userId === publication.recordedById ? ['EDIT', 'WITHDRAW'] : [];
  },
};
