import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, Input, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESOURCE_LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import type { MemberFeedFields_FeedFragment, MemberFeedsQuery as MemberFeedsData } from '@/__generated__/graphql';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { requiredRule, tagListRules, urlRule } from '@/app/form-rules';
import { useLocalizedForm } from '@/app/use-localized-form';

export const MemberFeedFieldsFragment = graphql(`
  fragment MemberFeedFields_feed on MemberFeed {
    id
    url
    title
    active
    themes
    lastPolledAt
    lastError
    itemsIngested
    nextPollAt
    createdAt
  }
`);

export const MemberFeedsQuery = graphql(`
  query MemberFeeds($memberId: ID!) {
    memberFeeds(memberId: $memberId) {
      id
      ...MemberFeedFields_feed
    }
  }
`);

export const AddMemberFeedMutation = graphql(`
  mutation AddMemberFeed($memberId: ID!, $input: MemberFeedInput!) {
    addMemberFeed(memberId: $memberId, input: $input) {
      id
      ...MemberFeedFields_feed
    }
  }
`);

export const UpdateMemberFeedMutation = graphql(`
  mutation UpdateMemberFeed($id: ID!, $input: MemberFeedInput!) {
    updateMemberFeed(id: $id, input: $input) {
      id
      ...MemberFeedFields_feed
    }
  }
`);

type MemberFeedEntry = MemberFeedsData['memberFeeds'][number];

interface Values {
  url: string;
  themes: string[];
  active: boolean;
}

export interface MemberFeedModalProps {
  memberId: string;
  /** The feed being edited; null adds one. */
  feed: MemberFeedFields_FeedFragment | null;
  open: boolean;
  onClose: () => void;
}

/** Adds or edits one of a member's RSS/Atom feeds: its address, the themes its pieces get, on or paused. */
export function MemberFeedModal({ memberId, feed, open, onClose }: MemberFeedModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [add, { loading: adding }] = useMutation(AddMemberFeedMutation, {
    update(cache, { data }) {
      const added: MemberFeedEntry | undefined = data?.addMemberFeed;
      if (!added) return;
      cache.updateQuery({ query: MemberFeedsQuery, variables: { memberId } }, (current) =>
        current ? { memberFeeds: [...current.memberFeeds, added] } : current,
      );
    },
  });
  const [update, { loading: updating }] = useMutation(UpdateMemberFeedMutation);
  const busy = adding || updating;
  const formId = `member-feed-${feed?.id ?? 'new'}`;

  const close = () => {
    setFailure(null);
    onClose();
  };

  const onFinish = async (values: Values) => {
    setFailure(null);
    const input = { url: values.url.trim(), themes: values.themes.map((theme) => theme.trim()), active: values.active };
    try {
      if (feed) await update({ variables: { id: feed.id, input } });
      else await add({ variables: { memberId, input } });
      void message.success(t(feed ? 'feeds.saved' : 'feeds.added'));
      close();
    } catch (error) {
      const problem = readProblem(error);
      if (!applyProblemToForm(form, problem, t, ['url', 'themes', 'active'])) setFailure(describeProblem(problem, t));
    }
  };

  return (
    <Modal
      open={open}
      title={t(feed ? 'feeds.formEdit' : 'feeds.formAdd')}
      onCancel={close}
      destroyOnHidden
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: formId, loading: busy }}
      onOk={() => undefined}
      mask={{ closable: false }}
    >
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form<Values>
        id={formId}
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={busy}
        initialValues={{ url: feed?.url ?? '', themes: feed?.themes ?? [], active: feed?.active ?? true }}
        preserve={false}
      >
        <Form.Item name="url" label={t('feeds.url')} extra={t('feeds.urlHelp')} rules={[requiredRule(t), urlRule(t)]}>
          <Input inputMode="url" placeholder="https://" />
        </Form.Item>
        <Form.Item
          name="themes"
          label={t('feeds.themes')}
          extra={t('feeds.themesHelp', { max: RESOURCE_LIMITS.themes.max })}
          rules={tagListRules(t, { max: RESOURCE_LIMITS.themes.max, each: RESOURCE_LIMITS.theme.max })}
        >
          <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} aria-label={t('feeds.themes')} />
        </Form.Item>
        <Form.Item name="active" label={t('feeds.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
