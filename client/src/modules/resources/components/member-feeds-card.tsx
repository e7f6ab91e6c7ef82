import { DeleteOutlined, EditOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEED_POLL_MINUTES, RESOURCE_LIMITS } from '@yah/shared';
import { graphql, getFragmentData } from '@/__generated__';
import type { MemberFeedFields_FeedFragment } from '@/__generated__/graphql';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { MemberFeedFieldsFragment, MemberFeedModal, MemberFeedsQuery } from './member-feed-modal';

export const RemoveMemberFeedMutation = graphql(`
  mutation RemoveMemberFeed($id: ID!) {
    removeMemberFeed(id: $id)
  }
`);

export const PollMemberFeedMutation = graphql(`
  mutation PollMemberFeed($id: ID!) {
    pollMemberFeed(id: $id) {
      id
      ...MemberFeedFields_feed
    }
  }
`);

function FeedRow({ memberId, feed, onEdit }: { memberId: string; feed: MemberFeedFields_FeedFragment; onEdit: () => void }) {
  const { t } = useTranslation();
  const { formatDateTime } = useLocalized();
  const { message } = App.useApp();
  const [poll, { loading: polling }] = useMutation(PollMemberFeedMutation);
  const [remove, { loading: removing }] = useMutation(RemoveMemberFeedMutation, {
    update(cache) {
      cache.updateQuery({ query: MemberFeedsQuery, variables: { memberId } }, (current) =>
        current ? { memberFeeds: current.memberFeeds.filter((entry) => entry.id !== feed.id) } : current,
      );
    },
  });

  const pollNow = async () => {
    try {
      const { data } = await poll({ variables: { id: feed.id } });
      const polled = data ? getFragmentData(MemberFeedFieldsFragment, data.pollMemberFeed) : null;
      if (polled?.lastError) void message.warning(t('feeds.pollFailed', { error: polled.lastError }));
      else void message.success(t('feeds.polled', { title: polled?.title || feed.url }));
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };
  const onRemove = async () => {
    try {
      await remove({ variables: { id: feed.id } });
      void message.success(t('feeds.removed'));
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  return (
    <Card size="small" data-testid="member-feed" className="assignment-card">
      <div className="assignment-card-head">
        <Typography.Title level={3} className="assignment-card-title">
          {feed.title || t('feeds.untitled')}
        </Typography.Title>
        <Tag color={feed.active ? 'green' : 'default'}>{t(feed.active ? 'feeds.activeOn' : 'feeds.paused')}</Tag>
      </div>
      <Typography.Link href={feed.url} target="_blank" rel="noreferrer" style={{ overflowWrap: 'anywhere' }}>
        {feed.url}
      </Typography.Link>
      {feed.themes.length > 0 && (
        <div style={{ marginTop: 4 }}>
          {feed.themes.map((theme) => (
            <Tag key={theme}>{theme}</Tag>
          ))}
        </div>
      )}
      <div className="member-item-meta">
        {feed.lastPolledAt ? t('feeds.lastPolled', { time: formatDateTime(feed.lastPolledAt) }) : t('feeds.neverPolled')}
        {feed.active && ` · ${t('feeds.nextPoll', { time: formatDateTime(feed.nextPollAt) })}`}
        {' · '}
        {t('feeds.items', { count: feed.itemsIngested })}
      </div>
      {feed.lastError && (
        <Alert type="warning" showIcon title={t('feeds.lastError')} description={feed.lastError} style={{ marginTop: 8 }} />
      )}
      <Space wrap size={8} style={{ marginTop: 8 }}>
        <Button size="small" icon={<SyncOutlined aria-hidden />} loading={polling} onClick={() => void pollNow()}>
          {t('feeds.pollNow')}
        </Button>
        <Button size="small" icon={<EditOutlined aria-hidden />} onClick={onEdit}>
          {t('common.edit')}
        </Button>
        <Popconfirm
          title={t('feeds.confirmRemove')}
          okText={t('common.remove')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={onRemove}
        >
          <Button size="small" danger icon={<DeleteOutlined aria-hidden />} loading={removing}>
            {t('common.remove')}
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}

/** 稿件源（RSS/Atom）: a member's feeds, for its chief editor and the secretariat; add, edit, remove, poll now. */
export function MemberFeedsCard({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MemberFeedsQuery, { variables: { memberId }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<MemberFeedFields_FeedFragment | 'new' | null>(null);
  const feeds = data ? getFragmentData(MemberFeedFieldsFragment, data.memberFeeds) : null;
  const full = (feeds?.length ?? 0) >= RESOURCE_LIMITS.feedsPerMember.max;

  return (
    <Card
      title={t('feeds.title')}
      size="small"
      data-testid="member-feeds"
      extra={
        <Button
          type="primary"
          size="small"
          icon={<PlusOutlined aria-hidden />}
          disabled={!feeds || full}
          title={full ? t('feeds.limit', { max: RESOURCE_LIMITS.feedsPerMember.max }) : undefined}
          onClick={() => setEditing('new')}
        >
          {t('feeds.add')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('feeds.help', { minutes: FEED_POLL_MINUTES })}
      </Typography.Paragraph>
      {!feeds && error ? (
        <LoadErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !feeds ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : feeds.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('feeds.empty')} />
      ) : (
        <div className="stack" style={{ gap: 12 }}>
          {feeds.map((feed) => (
            <FeedRow key={feed.id} memberId={memberId} feed={feed} onEdit={() => setEditing(feed)} />
          ))}
        </div>
      )}
      <MemberFeedModal
        memberId={memberId}
        feed={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
    </Card>
  );
}
