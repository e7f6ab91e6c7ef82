import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { useFollows } from '../hooks/use-follows';

/**
 * Follow a member to hear of its new library pieces (live, and in the daily digest); pressed again, unfollow.
 * Its state comes from `myFollows`, shared with every other follow button and the settings page.
 */
export function FollowMemberButton({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { message } = App.useApp();
  const { follows, followMember, unfollow } = useFollows();
  const [busy, setBusy] = useState(false);
  const follow = follows?.find((item) => item.kind === 'MEMBER' && item.member?.id === memberId) ?? null;

  const toggle = async () => {
    setBusy(true);
    try {
      if (follow) {
        await unfollow(follow.id);
        const name = follow.member ? pick(follow.member.nameZh, follow.member.nameEn) : '';
        void message.success(t('follows.unfollowed', { name }));
      } else {
        const { data } = await followMember(memberId);
        const member = data?.followMember.member;
        void message.success(t('follows.followed', { name: member ? pick(member.nameZh, member.nameEn) : '' }));
      }
    } catch (error) {
      void message.error(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      type={follow ? 'default' : 'primary'}
      icon={follow ? <CheckOutlined aria-hidden /> : <PlusOutlined aria-hidden />}
      loading={busy}
      disabled={follows === null}
      aria-pressed={follow !== null}
      title={follow ? t('follows.unfollow') : undefined}
      onClick={() => void toggle()}
      data-testid="follow-member"
    >
      {follow ? t('follows.following') : t('follows.follow')}
    </Button>
  );
}
