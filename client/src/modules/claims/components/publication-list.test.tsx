import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '@/__generated__';
import type { PublicationAction } from '@/__generated__/graphql';
import { makeViewer, renderWithApp } from '@/test/render';
import { PublicationList, PublicationListFragment, WithdrawPublicationMutation } from './publication-list';

const MEMBER = { __typename: 'Member' as const, id: 'm-jingzhou', nameZh: '荆州市融媒体中心', nameEn: 'Jingzhou Converged Media Center' };

function publication(id: string, viewerActions: PublicationAction[]) {
  return {
    __typename: 'Publication' as const,
    id,
    channel: 'APP' as const,
    url: `https://jingzhou.example/${id}`,
    publishedAt: '2026-12-17T09:00:00.000Z',
    views: 120000,
    shares: 30,
    likes: 12,
    viewerActions,
    member: MEMBER,
  };
}

describe('PublicationList', () => {
  it('offers correcting and withdrawing only on the records the viewer made', async () => {
    renderWithApp(
      <PublicationList
        claimId="c-1"
        pieceTitle="荆州古城墙航拍"
        publications={[makeFragmentData(publication('p-1', ['EDIT', 'WITHDRAW']), PublicationListFragment), makeFragmentData(publication('p-2', []), PublicationListFragment)]}
      />,
      { viewer: makeViewer() },
    );
    const items = await screen.findAllByTestId('publication');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('button', { name: /更正/ })).toBeInTheDocument();
    expect(within(items[0]!).getByRole('button', { name: /撤回/ })).toBeInTheDocument();
    expect(within(items[1]!).queryByRole('button')).toBeNull();
  });

  it('withdraws a record after confirmation and tells the page', async () => {
    const withdrawn = vi.fn(() => ({ data: { withdrawPublication: { __typename: 'Claim' as const, id: 'c-1', publications: [] } } }));
    const onChanged = vi.fn();
    renderWithApp(
      <PublicationList claimId="c-1" pieceTitle="荆州古城墙航拍" onChanged={onChanged} publications={[makeFragmentData(publication('p-1', ['EDIT', 'WITHDRAW']), PublicationListFragment)]} />,
      { viewer: makeViewer(), mocks: [{ request: { query: WithdrawPublicationMutation, variables: { id: 'p-1' } }, result: withdrawn }] },
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /撤回/ }));
    await user.click(await screen.findByRole('button', { name: /确\s*定|确认/ }));
    await waitFor(() => expect(withdrawn).toHaveBeenCalled());
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
  });

  it('opens the correction form filled with what the record says', async () => {
    renderWithApp(
      <PublicationList claimId="c-1" pieceTitle="荆州古城墙航拍" publications={[makeFragmentData(publication('p-1', ['EDIT', 'WITHDRAW']), PublicationListFragment)]} />,
      { viewer: makeViewer() },
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /更正/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('更正刊发记录：荆州古城墙航拍')).toBeInTheDocument();
    expect(within(dialog).getByDisplayValue('https://jingzhou.example/p-1')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('阅读量')).toHaveValue('120000');
  });
});
