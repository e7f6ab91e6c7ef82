import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/test/render';
import { ClaimAssignmentMutation, ClaimButton } from './claim-button';

const CLAIMED = {
  data: {
    claimAssignment: {
      __typename: 'Claim' as const,
      id: 'c-1',
      state: 'CLAIMED' as const,
      claimedAt: '2026-11-26T04:00:00.000Z',
      assignment: {
        __typename: 'Assignment' as const,
        id: 'a-1',
        openSlots: 0,
        viewerCanClaim: false,
        viewerActions: [],
        myClaim: { __typename: 'Claim' as const, id: 'c-1', state: 'CLAIMED' as const },
      },
    },
  },
};

describe('ClaimButton', () => {
  it('claims in one click and says so', async () => {
    const onChanged = vi.fn();
    const claimed = vi.fn(() => CLAIMED);
    renderWithApp(<ClaimButton assignmentId="a-1" title="荆州古城墙航拍" onChanged={onChanged} />, {
      mocks: [{ request: { query: ClaimAssignmentMutation, variables: { assignmentId: 'a-1' } }, result: claimed }],
      path: '/',
    });
    await userEvent.setup().click(screen.getByRole('button', { name: '认领' }));
    expect(await screen.findByText('已认领「荆州古城墙航拍」，请按时提交稿件。')).toBeInTheDocument();
    expect(claimed).toHaveBeenCalledTimes(1);
    expect(onChanged).toHaveBeenCalledTimes(1);
    // The toast links to 我的工作 and goes there.
    const link = screen.getByRole('link', { name: '去“我的工作”' });
    expect(link).toHaveAttribute('href', '/my-work');
    await userEvent.setup().click(link);
    expect(await screen.findByTestId('other-page')).toBeInTheDocument();
  });

  it('says plainly that the slot is gone on CONFLICT, and has the list refreshed', async () => {
    const onChanged = vi.fn();
    renderWithApp(<ClaimButton assignmentId="a-1" title="荆州古城墙航拍" onChanged={onChanged} />, {
      mocks: [
        {
          request: { query: ClaimAssignmentMutation, variables: { assignmentId: 'a-1' } },
          result: { errors: [new GraphQLError('No slot left', { extensions: { code: 'CONFLICT' } })] },
        },
      ],
    });
    await userEvent.setup().click(screen.getByRole('button', { name: '认领' }));
    expect(await screen.findByText('手慢了：「荆州古城墙航拍」的名额已被认领完，列表已刷新。')).toBeInTheDocument();
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(screen.queryByText(/已认领「/)).toBeNull();
  });

  it('says "you already hold a slot" for ALREADY_HOLDING, not that the slot is gone', async () => {
    const onChanged = vi.fn();
    renderWithApp(<ClaimButton assignmentId="a-1" title="荆州古城墙航拍" onChanged={onChanged} />, {
      mocks: [
        {
          request: { query: ClaimAssignmentMutation, variables: { assignmentId: 'a-1' } },
          result: { errors: [new GraphQLError('You already hold a slot', { extensions: { code: 'CONFLICT', reason: 'ALREADY_HOLDING' } })] },
        },
      ],
    });
    await userEvent.setup().click(screen.getByRole('button', { name: '认领' }));
    expect(await screen.findByText('您已认领了这项任务的一个名额，请在“我的工作”中查看。')).toBeInTheDocument();
    expect(screen.queryByText(/手慢了/)).toBeNull();
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
  });

  it('reports other failures as they are, without claiming success', async () => {
    const onChanged = vi.fn();
    renderWithApp(<ClaimButton assignmentId="a-1" title="荆州古城墙航拍" onChanged={onChanged} />, {
      mocks: [
        {
          request: { query: ClaimAssignmentMutation, variables: { assignmentId: 'a-1' } },
          result: { errors: [new GraphQLError('Reporters only', { extensions: { code: 'FORBIDDEN' } })] },
        },
      ],
    });
    await userEvent.setup().click(screen.getByRole('button', { name: '认领' }));
    expect(await screen.findByText('您没有执行此操作的权限。')).toBeInTheDocument();
    expect(onChanged).not.toHaveBeenCalled();
  });
});
