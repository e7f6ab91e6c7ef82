import { CopyOutlined, DeleteOutlined, LinkOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Input, Popconfirm, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { errorMessage } from '@/app/errors';

export const IcsFeedQuery = graphql(`
  query IcsFeed {
    me {
      id
      hasIcsFeed
    }
  }
`);

export const CreateIcsFeedMutation = graphql(`
  mutation CreateIcsFeed {
    createIcsFeed
  }
`);

export const RevokeIcsFeedMutation = graphql(`
  mutation RevokeIcsFeed {
    revokeIcsFeed
  }
`);

/** The feed's address as a phone calendar needs it: absolute, on this site. */
export function absoluteFeedUrl(url: string): string {
  return new URL(url, window.location.origin).href;
}

/**
 * My private calendar feed (ICS): create it, copy it, subscribe on this device, replace or revoke it.
 * The server shows the address only once, when it is created; later the card knows only that a feed exists.
 */
export function IcsFeedCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const viewer = useViewer();
  const { data, loading } = useQuery(IcsFeedQuery);
  const [create, { loading: creating }] = useMutation(CreateIcsFeedMutation);
  const [revoke, { loading: revoking }] = useMutation(RevokeIcsFeedMutation);
  const [url, setUrl] = useState<string | null>(null);
  const hasFeed = url !== null || (data?.me?.hasIcsFeed ?? false);

  const setHasFeed = (cache: ApolloCache, value: boolean) => {
    cache.modify({ id: cache.identify({ __typename: 'User', id: viewer.id }), fields: { hasIcsFeed: () => value } });
  };

  const onCreate = async () => {
    try {
      const { data: created } = await create({ update: (cache) => setHasFeed(cache, true) });
      if (created) setUrl(absoluteFeedUrl(created.createIcsFeed));
      void message.success(hasFeed ? t('icsFeed.replaced') : t('icsFeed.created'));
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  const onRevoke = async () => {
    try {
      await revoke({ update: (cache) => setHasFeed(cache, false) });
      setUrl(null);
      void message.success(t('icsFeed.revoked'));
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('icsFeed.copied'));
    } catch {
      void message.info(t('icsFeed.copyManually'));
    }
  };

  const replaceButton = (
    <Popconfirm title={t('icsFeed.confirmReplace')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={onCreate}>
      <Button icon={<ReloadOutlined aria-hidden />} loading={creating}>
        {t('icsFeed.replace')}
      </Button>
    </Popconfirm>
  );
  const revokeButton = (
    <Popconfirm
      title={t('icsFeed.confirmRevoke')}
      okText={t('icsFeed.revoke')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={onRevoke}
    >
      <Button danger icon={<DeleteOutlined aria-hidden />} loading={revoking}>
        {t('icsFeed.revoke')}
      </Button>
    </Popconfirm>
  );

  let body;
  if (loading && !data) {
    body = <Skeleton active paragraph={{ rows: 1 }} />;
  } else if (url) {
    body = (
      <div className="stack" style={{ gap: 8 }}>
        <Input readOnly value={url} aria-label={t('icsFeed.url')} onFocus={(event) => event.target.select()} />
        <Typography.Text type="warning">{t('icsFeed.shownOnce')}</Typography.Text>
        <Space wrap>
          <Button type="primary" icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
            {t('icsFeed.copy')}
          </Button>
          <Button icon={<LinkOutlined aria-hidden />} href={url.replace(/^https?:/, 'webcal:')}>
            {t('icsFeed.subscribe')}
          </Button>
          {replaceButton}
          {revokeButton}
        </Space>
        <Typography.Text type="secondary">{t('icsFeed.private')}</Typography.Text>
      </div>
    );
  } else if (hasFeed) {
    body = (
      <div className="stack" style={{ gap: 8 }}>
        <Typography.Text>{t('icsFeed.exists')}</Typography.Text>
        <Space wrap>
          {replaceButton}
          {revokeButton}
        </Space>
      </div>
    );
  } else {
    body = (
      <Button type="primary" loading={creating} onClick={() => void onCreate()}>
        {t('icsFeed.create')}
      </Button>
    );
  }

  return (
    <Card title={t('icsFeed.title')} size="small" data-testid="ics-feed">
      <Typography.Paragraph type="secondary">{t('icsFeed.help')}</Typography.Paragraph>
      {body}
    </Card>
  );
}
