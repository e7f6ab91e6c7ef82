import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Avatar, Button, Card, Empty, Form, Input, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COVERAGE_LIMITS, LIMITS } from '@yah/shared';
import { getFragmentData, graphql, type FragmentType } from '@/__generated__';
import { errorMessage } from '@/app/errors';
import { lengthRules, requiredRule } from '@/app/form-rules';
import { useLocalized } from '@/app/i18n/use-localized';
import { useLocalizedForm } from '@/app/use-localized-form';

/** One comment as the thread shows it; the live topic event carries the same, so a new comment lands ready to show. */
export const TopicCommentFragment = graphql(`
  fragment TopicComment_comment on Comment {
    id
    body
    createdAt
    author {
      id
      displayName
      member {
        id
        nameZh
        nameEn
      }
    }
  }
`);

function CommentItem({ comment: ref }: { comment: FragmentType<typeof TopicCommentFragment> }) {
  const { pick, formatDateTime } = useLocalized();
  const comment = getFragmentData(TopicCommentFragment, ref);
  return (
    <li className="comment">
      <Avatar size="small">{comment.author.displayName.slice(0, 1)}</Avatar>
      <div className="comment-body">
        <div className="comment-meta">
          <strong>{comment.author.displayName}</strong>
          <span>{pick(comment.author.member.nameZh, comment.author.member.nameEn)}</span>
          <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
        </div>
        <div className="pre-wrap">{comment.body}</div>
      </div>
    </li>
  );
}

export const TopicCommentsQuery = graphql(`
  query TopicComments($id: ID!, $first: Int, $after: String) {
    topic(id: $id) {
      id
      comments(first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          id
          ...TopicComment_comment
        }
      }
    }
  }
`);

export const AddCommentMutation = graphql(`
  mutation AddComment($topicId: ID!, $body: String!) {
    addComment(topicId: $topicId, body: $body) {
      id
      body
      createdAt
    }
  }
`);

export const COMMENTS_PAGE_SIZE = LIMITS.page.defaultSize;

/** The topic's discussion, oldest first as the server pages it, with a box to add to it. */
export function CommentThread({ topicId, canComment }: { topicId: string; canComment: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<{ body: string }>();
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(TopicCommentsQuery, {
    variables: { id: topicId, first: COMMENTS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [addComment, { loading: adding }] = useMutation(AddCommentMutation);
  const connection = data?.topic.comments;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const onFinish = async ({ body }: { body: string }) => {
    try {
      await addComment({ variables: { topicId, body: body.trim() } });
      form.resetFields();
      await refetch();
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    }
  };

  let list;
  if (!connection && error) {
    list = (
      <Alert
        type="error"
        showIcon
        title={errorMessage(error, t)}
        action={
          <Button size="small" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!connection) {
    list = <Skeleton active avatar paragraph={{ rows: 2 }} />;
  } else if (connection.nodes.length === 0) {
    list = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('comments.empty')} />;
  } else {
    list = (
      <>
        <ol className="comment-list" aria-label={t('comments.title', { count: connection.totalCount })}>
          {connection.nodes.map((node) => (
            <CommentItem key={node.id} comment={node} />
          ))}
        </ol>
        {connection.pageInfo.hasNextPage && (
          <div className="list-footer">
            <Button
              loading={loadingMore}
              onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
            >
              {t('comments.more')}
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <Card
      title={t('comments.title', { count: connection?.totalCount ?? 0 })}
      size="small"
      data-testid="comments"
      aria-busy={loading}
    >
      {list}
      {canComment && (
        <Form form={form} layout="vertical" onFinish={onFinish} disabled={adding} style={{ marginTop: 16 }}>
          <Form.Item
            name="body"
            label={t('comments.add')}
            rules={[requiredRule(t), ...lengthRules(t, COVERAGE_LIMITS.comment)]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={COVERAGE_LIMITS.comment.max} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={adding}>
            {t('comments.submit')}
          </Button>
        </Form>
      )}
      {!canComment && connection && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('comments.readOnly')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
