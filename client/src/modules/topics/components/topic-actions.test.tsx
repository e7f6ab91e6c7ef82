import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TopicState } from '@yah/shared';
import { makeFragmentData } from '@/__generated__';
import type { TopicAction } from '@/__generated__/graphql';
import { renderWithApp } from '@/test/render';
import { offeredTopicActions } from '../topic-actions';
import { ProposeTopicMutation, RejectTopicMutation, TopicActions, TopicActionsFragment } from './topic-actions';

function topic(state: TopicState, viewerActions: TopicAction[]) {
  return makeFragmentData(
    {
      __typename: 'Topic',
      id: 't-1',
      title: '长江大保护十年',
      state,
      viewerActions,
      proposer: { __typename: 'Member', id: 'm-jingzhou' },
      coSponsors: [],
    },
    TopicActionsFragment,
  );
}

function afterAction(state: TopicState, viewerActions: TopicAction[], extra: { rejectionReason?: string } = {}) {
  return {
    __typename: 'Topic' as const,
    id: 't-1',
    state,
    version: 2,
    updatedAt: '2026-11-26T04:00:00.000Z',
    viewerActions,
    rejectionReason: extra.rejectionReason ?? null,
    cancelReason: null,
    coSponsors: [],
  };
}

function buttonNames(): string[] {
  const group = screen.queryByTestId('topic-actions');
  if (!group) return [];
  return Array.from(group.querySelectorAll('button, a')).map((element) => (element.textContent ?? '').trim());
}

describe('offeredTopicActions', () => {
  it('keeps only the moves the shared state machine allows from the current state', () => {
    expect(offeredTopicActions('APPROVED', ['PROPOSE', 'APPROVE', 'START', 'CANCEL', 'EDIT'])).toEqual(['START', 'CANCEL']);
    expect(offeredTopicActions('DRAFT', ['EDIT', 'PROPOSE', 'COMMENT'])).toEqual(['PROPOSE', 'EDIT', 'COMMENT']);
    expect(offeredTopicActions('COMPLETED', ['CANCEL', 'COMPLETE', 'COMMENT'])).toEqual(['COMMENT']);
  });
});

describe('TopicActions', () => {
  it("shows a draft's proposer exactly the actions the server grants", () => {
    renderWithApp(<TopicActions topic={topic('DRAFT', ['EDIT', 'PROPOSE', 'INVITE', 'CANCEL', 'ADD_ASSIGNMENT', 'COMMENT'])} />);
    expect(buttonNames()).toEqual(['提交联盟审批', '邀请联合发起单位', '编辑', '取消选题']);
    expect(screen.getByRole('link', { name: /编辑/ })).toHaveAttribute('href', '/topics/t-1/edit');
  });

  it('shows the secretariat approve and reject on a proposal, and nothing it was not granted', () => {
    renderWithApp(<TopicActions topic={topic('PROPOSED', ['APPROVE', 'REJECT', 'COMMENT'])} />);
    expect(buttonNames()).toEqual(['批准入选', '驳回']);
    expect(screen.queryByRole('button', { name: /提交联盟审批/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /取消选题/ })).toBeNull();
  });

  it('offers an invited member\'s editor to join, and never a move the state does not allow', () => {
    renderWithApp(<TopicActions topic={topic('APPROVED', ['JOIN', 'PROPOSE', 'COMMENT'])} />);
    expect(buttonNames()).toEqual(['接受邀请，联合发起']);
  });

  it('shows no action bar to a reader without actions', () => {
    renderWithApp(<TopicActions topic={topic('IN_PROGRESS', [])} />);
    expect(screen.queryByTestId('topic-actions')).toBeNull();
  });

  it('proposes a draft in one click', async () => {
    const proposed = vi.fn(() => ({ data: { proposeTopic: afterAction('PROPOSED', ['CANCEL', 'COMMENT']) } }));
    renderWithApp(<TopicActions topic={topic('DRAFT', ['EDIT', 'PROPOSE', 'CANCEL'])} />, {
      mocks: [{ request: { query: ProposeTopicMutation, variables: { id: 't-1' } }, result: proposed }],
    });
    await userEvent.setup().click(screen.getByRole('button', { name: /提交联盟审批/ }));
    expect(await screen.findByText('已提交联盟审批')).toBeInTheDocument();
    expect(proposed).toHaveBeenCalledTimes(1);
  });

  it('asks the secretariat for a reason of at least 4 characters before rejecting', async () => {
    const rejected = vi.fn(() => ({
      data: { rejectTopic: afterAction('REJECTED', ['COMMENT'], { rejectionReason: '与已批准选题重复' }) },
    }));
    renderWithApp(<TopicActions topic={topic('PROPOSED', ['APPROVE', 'REJECT'])} />, {
      mocks: [
        { request: { query: RejectTopicMutation, variables: { id: 't-1', reason: '与已批准选题重复' } }, result: rejected },
      ],
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /驳回/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('驳回选题「长江大保护十年」')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('原因'), '重复');
    await user.click(within(dialog).getByRole('button', { name: /驳\s*回/ }));
    expect(await within(dialog).findByText('至少 4 个字符')).toBeInTheDocument();
    expect(rejected).not.toHaveBeenCalled();

    await user.clear(within(dialog).getByLabelText('原因'));
    await user.type(within(dialog).getByLabelText('原因'), '与已批准选题重复');
    await user.click(within(dialog).getByRole('button', { name: /驳\s*回/ }));
    await waitFor(() => expect(rejected).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('选题已驳回')).toBeInTheDocument();
  });
});
