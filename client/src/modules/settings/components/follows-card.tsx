import { App, Button, Card, Form, Input, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RESOURCE_LIMITS } from '@yah/shared';
import { applyProblemToForm, errorMessage, readProblem } from '@/app/errors';
import { lengthRules, requiredRule } from '@/app/form-rules';
import { useLocalized } from '@/app/i18n/use-localized';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { useFollows, type Follow } from '@/modules/resources/hooks/use-follows';
import { useLocalizedForm } from '@/app/use-localized-form';

/** Settings: the members and keywords I follow; add a keyword, remove any. */
export function FollowsCard() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<{ keyword: string }>();
  const { query, follows, followKeyword, unfollow, busy } = useFollows();
  const [removing, setRemoving] = useState<string | null>(null);

  const nameOf = (follow: Follow) =>
    follow.member ? pick(follow.member.nameZh, follow.member.nameEn) : (follow.keyword ?? '');

  const remove = async (follow: Follow) => {
    setRemoving(follow.id);
    try {
      await unfollow(follow.id);
      void message.success(t('follows.card.removed'));
    } catch (error) {
      void message.error(errorMessage(error, t));
    } finally {
      setRemoving(null);
    }
  };

  const add = async ({ keyword }: { keyword: string }) => {
    const trimmed = keyword.trim();
    try {
      await followKeyword(trimmed);
      form.resetFields();
      void message.success(t('follows.card.keywordAdded', { keyword: trimmed }));
    } catch (error) {
      const problem = readProblem(error);
      if (!applyProblemToForm(form, problem, t, ['keyword'])) form.setFields([{ name: 'keyword', errors: [errorMessage(error, t)] }]);
    }
  };

  const tags = (list: readonly Follow[], kind: 'members' | 'keywords') =>
    list.length === 0 ? (
      <Typography.Text type="secondary">{t('follows.card.none')}</Typography.Text>
    ) : (
      <Space size={[4, 8]} wrap data-testid={`follows-${kind}`}>
        {list.map((follow) => (
          <Tag
            key={follow.id}
            closable={removing !== follow.id}
            onClose={(event) => {
              event.preventDefault();
              void remove(follow);
            }}
            closeIcon={<span aria-label={t('follows.card.remove', { name: nameOf(follow) })}>×</span>}
          >
            {follow.member ? <Link to={`/members/${follow.member.id}`}>{nameOf(follow)}</Link> : nameOf(follow)}
          </Tag>
        ))}
      </Space>
    );

  const full = (follows?.length ?? 0) >= RESOURCE_LIMITS.followsPerUser.max;

  return (
    <Card title={t('follows.card.title')} data-testid="follows-card">
      <Typography.Paragraph type="secondary">{t('follows.card.help')}</Typography.Paragraph>
      {!follows && query.error ? (
        <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !follows ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <div className="stack" style={{ gap: 12 }}>
          <div>
            <Typography.Title level={3} style={{ fontSize: 15 }}>
              {t('follows.card.members')}
            </Typography.Title>
            {tags(follows.filter((follow) => follow.kind === 'MEMBER'), 'members')}
            <div className="member-item-meta" style={{ marginTop: 4 }}>
              {t('follows.card.membersHelp')}
            </div>
          </div>
          <div>
            <Typography.Title level={3} style={{ fontSize: 15 }}>
              {t('follows.card.keywords')}
            </Typography.Title>
            {tags(follows.filter((follow) => follow.kind === 'KEYWORD'), 'keywords')}
          </div>
          <Form form={form} layout="inline" onFinish={add} disabled={busy || full} style={{ rowGap: 8 }}>
            <Form.Item
              name="keyword"
              label={t('follows.card.keyword')}
              rules={[requiredRule(t), ...lengthRules(t, RESOURCE_LIMITS.keyword)]}
              extra={full ? t('follows.card.limit', { max: RESOURCE_LIMITS.followsPerUser.max }) : undefined}
              style={{ flex: '1 1 200px' }}
            >
              <Input placeholder={t('follows.card.keywordPlaceholder')} maxLength={RESOURCE_LIMITS.keyword.max} />
            </Form.Item>
            <Form.Item>
              <Button htmlType="submit" type="primary">
                {t('follows.card.addKeyword')}
              </Button>
            </Form.Item>
          </Form>
        </div>
      )}
    </Card>
  );
}
