import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeViewer, renderWithApp } from '@/test/render';
import { PanelAccountsQuery, PanelEditor, PanelMembersQuery, SetInnovationPanelMutation } from './panel-editor';

const MEMBERS = {
  data: {
    members: {
      __typename: 'MemberConnection' as const,
      nodes: [
        { __typename: 'Member' as const, id: 'm-wuhan', nameZh: '长江日报报业集团', nameEn: 'Changjiang Daily Press Group' },
        { __typename: 'Member' as const, id: 'm-nanjing', nameZh: '南京日报社', nameEn: 'Nanjing Daily' },
      ],
    },
  },
};

const account = (id: string, displayName: string, role: 'CHIEF_EDITOR' | 'EDITOR', active = true) => ({ __typename: 'User' as const, id, displayName, role, active });

const ACCOUNTS = {
  data: {
    memberAccounts: {
      __typename: 'UserConnection' as const,
      nodes: [account('u-chief', '吴建华', 'CHIEF_EDITOR'), account('u-editor', '朱春燕', 'EDITOR'), account('u-gone', '周立新', 'EDITOR', false)],
    },
  },
};

const SAVED = {
  data: {
    setInnovationPanel: {
      __typename: 'InnovationRound' as const,
      id: 'r-1',
      version: 3,
      panel: [
        { __typename: 'Person' as const, id: 'u-old', displayName: '王晓明' },
        { __typename: 'Person' as const, id: 'u-chief', displayName: '吴建华' },
      ],
    },
  },
};

describe('PanelEditor', () => {
  it('adds an active account of a chosen member to the panel and saves the whole panel', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const saved = vi.fn(() => SAVED);
    renderWithApp(<PanelEditor open roundId="r-1" panel={[{ id: 'u-old', displayName: '王晓明' }]} onClose={onClose} />, {
      viewer: makeViewer({ role: 'SECRETARIAT' }),
      mocks: [
        { request: { query: PanelMembersQuery }, result: MEMBERS },
        { request: { query: PanelAccountsQuery, variables: { memberId: 'm-wuhan' } }, result: ACCOUNTS },
        { request: { query: SetInnovationPanelMutation, variables: { roundId: 'r-1', userIds: ['u-old', 'u-chief'] } }, result: saved },
      ],
    });
    const dialog = await screen.findByRole('dialog', { name: '设置专家组' });
    expect(within(dialog).getByTestId('panel-chosen')).toHaveTextContent('王晓明');
    await user.click(within(dialog).getByLabelText('单位'));
    await user.click(await screen.findByTitle('长江日报报业集团'));
    await user.click(within(dialog).getByLabelText('专家账号'));
    await user.click(await screen.findByTitle('吴建华 · 总编辑'));
    expect(screen.queryByTitle('周立新 · 编辑')).toBeNull();
    await waitFor(() => expect(within(dialog).getByTestId('panel-chosen')).toHaveTextContent('吴建华'));
    await user.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
