import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeViewer, renderWithApp } from '@/test/render';
import { FollowMemberMutation, MyFollowsQuery, UnfollowMutation } from '../hooks/use-follows';
import { FollowMemberButton } from './follow-member-button';

const HENGYANG = { __typename: 'Member' as const, id: 'm-hengyang', nameZh: '衡阳日报社', nameEn: 'Hengyang Daily' };
const FOLLOW = {
  __typename: 'Follow' as const,
  id: 'f-1',
  kind: 'MEMBER' as const,
  keyword: null,
  createdAt: '2026-11-29T02:00:00.000Z',
  member: HENGYANG,
};
const KEYWORD = { ...FOLLOW, id: 'f-0', kind: 'KEYWORD' as const, keyword: '长江大保护', member: null };

function followsMock(follows: (typeof FOLLOW | typeof KEYWORD)[]): MockLink.MockedResponse {
  return { request: { query: MyFollowsQuery }, result: { data: { myFollows: follows } } };
}

describe('FollowMemberButton', () => {
  it('follows a member in one click and then shows it as followed', async () => {
    const followed = vi.fn(() => ({ data: { followMember: FOLLOW } }));
    renderWithApp(<FollowMemberButton memberId="m-hengyang" />, {
      viewer: makeViewer(),
      mocks: [followsMock([KEYWORD]), { request: { query: FollowMemberMutation, variables: { memberId: 'm-hengyang' } }, result: followed }],
    });
    const button = await screen.findByRole('button', { name: /关注/ });
    await waitFor(() => expect(button).toBeEnabled());
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.setup().click(button);
    await waitFor(() => expect(screen.getByTestId('follow-member')).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.getByTestId('follow-member')).toHaveTextContent('已关注');
    expect(followed).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('已关注衡阳日报社，其新稿件进入稿件库时会通知您')).toBeInTheDocument();
  });

  it('unfollows a followed member, leaving other follows alone', async () => {
    const unfollowed = vi.fn(() => ({ data: { unfollow: true } }));
    renderWithApp(<FollowMemberButton memberId="m-hengyang" />, {
      viewer: makeViewer(),
      mocks: [followsMock([KEYWORD, FOLLOW]), { request: { query: UnfollowMutation, variables: { id: 'f-1' } }, result: unfollowed }],
    });
    const button = await screen.findByRole('button', { name: /已关注/ });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await userEvent.setup().click(button);
    await waitFor(() => expect(screen.getByTestId('follow-member')).toHaveAttribute('aria-pressed', 'false'));
    expect(unfollowed).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('已取消关注衡阳日报社')).toBeInTheDocument();
  });
});
