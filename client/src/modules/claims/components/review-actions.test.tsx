import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { offeredClaimActions } from '@yah/shared';
import { renderWithApp } from '@/test/render';
import { ReviewActions } from './review-actions';

const buttonNames = () => screen.queryAllByRole('button').map((button) => button.textContent?.replace(/\s/g, ''));

describe('ReviewActions', () => {
  it("offers accept and send back only when the claim's viewerActions hold them", () => {
    renderWithApp(<ReviewActions claimId="c-1" reporterName="李记者" actions={offeredClaimActions('SUBMITTED', ['ACCEPT', 'REQUEST_CHANGES', 'CANCEL'])} />);
    expect(buttonNames()).toEqual(['采用', '退回修改']);
  });

  it("offers nothing to an editor who does not own the work (another co-sponsor's assignment)", () => {
    renderWithApp(<ReviewActions claimId="c-1" reporterName="李记者" actions={offeredClaimActions('SUBMITTED', [])} />);
    expect(buttonNames()).toEqual([]);
  });

  it('never offers a decision the state does not allow, even from a stale list', () => {
    renderWithApp(<ReviewActions claimId="c-1" reporterName="李记者" actions={offeredClaimActions('ACCEPTED', ['ACCEPT', 'REQUEST_CHANGES'])} />);
    expect(buttonNames()).toEqual([]);
  });
});
