import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { offeredClaimActions } from '@yah/shared';
import { renderWithApp } from '@/test/render';
import { DeclineOfferMutation, OfferAnswer } from './offer-answer';

const buttonNames = () => screen.queryAllByRole('button').map((button) => button.textContent?.replace(/\s/g, ''));

describe('OfferAnswer', () => {
  it('offers accept and decline to the offered reporter only while the offer is open', () => {
    const { unmount } = renderWithApp(
      <OfferAnswer claimId="c-1" title="江豚巡护直播" actions={offeredClaimActions('OFFERED', ['ACCEPT_OFFER', 'DECLINE_OFFER'])} onAnswered={vi.fn()} />,
    );
    expect(buttonNames()).toEqual(['接受', '婉拒']);
    unmount();
    // A stale list after the editor withdrew the offer: nothing to answer.
    renderWithApp(<OfferAnswer claimId="c-1" title="江豚巡护直播" actions={offeredClaimActions('WITHDRAWN', ['ACCEPT_OFFER', 'DECLINE_OFFER'])} onAnswered={vi.fn()} />);
    expect(buttonNames()).toEqual([]);
  });

  it('declines with an optional reason, sent trimmed', async () => {
    const sent = vi.fn(() => ({
      data: {
        declineOffer: {
          __typename: 'Claim' as const,
          id: 'c-1',
          state: 'DECLINED' as const,
          declineReason: '当天在外地',
          decidedAt: '2026-12-17T09:00:00.000Z',
          version: 2,
          viewerActions: [],
        },
      },
    }));
    const onAnswered = vi.fn();
    renderWithApp(<OfferAnswer claimId="c-1" title="江豚巡护直播" actions={['ACCEPT_OFFER', 'DECLINE_OFFER']} onAnswered={onAnswered} />, {
      mocks: [{ request: { query: DeclineOfferMutation, variables: { claimId: 'c-1', reason: '当天在外地' } }, result: sent }],
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /婉拒/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('婉拒「江豚巡护直播」')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('原因（选填）'), '  当天在外地  ');
    await user.click(within(dialog).getByRole('button', { name: /婉\s*拒/ }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(onAnswered).toHaveBeenCalledTimes(1));
  });
});
