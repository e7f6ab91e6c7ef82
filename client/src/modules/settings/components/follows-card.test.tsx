import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeViewer, renderWithApp } from '@/test/render';
import { FollowKeywordMutation, MyFollowsQuery } from '@/modules/resources/hooks/use-follows';
import { FollowsCard } from './follows-card';

const HENGYANG_FOLLOW = {
  __typename: 'Follow' as const,
  id: 'f-1',
  kind: 'MEMBER' as const,
  keyword: null,
  createdAt: '2026-11-29T02:00:00.000Z',
  member: { __typename: 'Member' as const, id: 'm-hengyang', nameZh: '衡阳日报社', nameEn: 'Hengyang Daily' },
};
const KEYWORD_FOLLOW = { ...HENGYANG_FOLLOW, id: 'f-2', kind: 'KEYWORD' as const, keyword: '长江大保护', member: null };

describe('FollowsCard', () => {
  it('lists my follows by kind, refuses a one-character keyword and adds a valid one', async () => {
    const added = vi.fn(() => ({ data: { followKeyword: KEYWORD_FOLLOW } }));
    renderWithApp(<FollowsCard />, {
      viewer: makeViewer(),
      mocks: [
        { request: { query: MyFollowsQuery }, result: { data: { myFollows: [HENGYANG_FOLLOW] } } },
        { request: { query: FollowKeywordMutation, variables: { keyword: '长江大保护' } }, result: added },
      ],
    });
    const members = await screen.findByTestId('follows-members');
    expect(within(members).getByRole('link', { name: '衡阳日报社' })).toHaveAttribute('href', '/members/m-hengyang');
    const user = userEvent.setup();
    const keyword = screen.getByLabelText('关键词');
    fireEvent.change(keyword, { target: { value: '江' } });
    await user.click(screen.getByRole('button', { name: '添加' }));
    expect(await screen.findByText('至少 2 个字符')).toBeInTheDocument();
    expect(added).not.toHaveBeenCalled();
    fireEvent.change(keyword, { target: { value: ' 长江大保护 ' } });
    await user.click(screen.getByRole('button', { name: '添加' }));
    await waitFor(() => expect(screen.getByTestId('follows-keywords')).toHaveTextContent('长江大保护'));
    expect(added).toHaveBeenCalledTimes(1);
  });
});
