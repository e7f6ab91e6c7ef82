import { ArrowLeftOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { graphql } from '@/__generated__';
import { refetchActive } from '@/app/apollo-client';
import { readProblem } from '@/app/errors';
import { LinkButton } from '@/app/layout/link-button';
import { AssignmentBoard } from '@/modules/assignments/components/assignment-board';
import { CoSponsorList } from '../components/co-sponsor-list';
import { CommentThread } from '../components/comment-thread';
import { TopicDetails } from '../components/topic-details';
import { TopicHeader } from '../components/topic-header';
import { TopicReach } from '../components/topic-reach';
import { offeredTopicActions } from '../topic-actions';
import { applyTopicEvent } from '../topic-live-update';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';

export const TopicPageQuery = graphql(`
  query TopicPage($id: ID!) {
    topic(id: $id) {
      id
      state
      viewerActions
      ...TopicHeader_topic
      ...TopicDetails_topic
      ...CoSponsorList_topic
      ...TopicReach_topic
      assignments {
        id
        ...AssignmentBoard_assignment
      }
    }
  }
`);

export const TopicChangedSubscription = graphql(`
  subscription TopicChanged($topicId: ID!) {
    topicChanged(topicId: $topicId) {
      topicId
      kind
      topic {
        id
        state
        viewerActions
        ...TopicHeader_topic
        ...TopicDetails_topic
        ...CoSponsorList_topic
        ...TopicReach_topic
      }
      assignment {
        id
        ...AssignmentBoard_assignment
      }
      comment {
        id
        ...TopicComment_comment
      }
    }
  }
`);

function BackToBoard() {
  const { t } = useTranslation();
  return (
    <LinkButton type="link" icon={<ArrowLeftOutlined aria-hidden />} to="/topics" style={{ paddingLeft: 0 }}>
      {t('topicPage.backToBoard')}
    </LinkButton>
  );
}

/** `/topics/:id` — one joint topic: header and actions, details, co-sponsors, assignments, reach, comments. Live. */
export function TopicPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(TopicPageQuery, { variables: { id } });

  // Anyone's change to this topic (state, assignments, claims, comments) arrives with what changed, already written to
  // the cache; lists gain their new members here, and only what the event cannot say is fetched again.
  useSubscription(TopicChangedSubscription, {
    variables: { topicId: id },
    onData: ({ data: event }) => {
      const changed = event.data?.topicChanged;
      refetchActive(client, changed ? applyTopicEvent(client.cache, changed) : ['TopicPage', 'TopicComments', 'AssignmentClaims']);
    },
    // Live updates are a bonus: without them the page still works (and refetches after a reconnect).
    onError: () => undefined,
  });

  if (!data && loading) {
    return (
      <div className="page">
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  }
  if (!data) {
    const notFound = readProblem(error).code === 'NOT_FOUND';
    return (
      <div className="page">
        <BackToBoard />
        {notFound ? (
          <Result status="404" title={t('topicPage.notFound')} subTitle={t('topicPage.notFoundHelp')} />
        ) : (
          <LoadErrorAlert error={error} onRetry={() => void refetch()} />
        )}
      </div>
    );
  }

  const topic = data.topic;
  const actions = offeredTopicActions(topic.state, topic.viewerActions);
  const refresh = () => void refetch();

  return (
    <div className="page stack">
      <div>
        <BackToBoard />
        <TopicHeader topic={topic} />
      </div>
      <div className="topic-layout">
        <div className="topic-main stack">
          <TopicDetails topic={topic} />
          <AssignmentBoard
            topicId={topic.id}
            assignments={topic.assignments}
            canAdd={actions.includes('ADD_ASSIGNMENT')}
            onChanged={refresh}
          />
          <CommentThread topicId={topic.id} canComment={actions.includes('COMMENT')} />
        </div>
        <aside className="topic-side stack">
          <TopicReach topic={topic} />
          <CoSponsorList topic={topic} />
        </aside>
      </div>
    </div>
  );
}
