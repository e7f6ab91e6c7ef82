import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type { EventPage_EventFragment } from '@/__generated__/graphql';
import { makeViewer, renderWithApp } from '@/test/render';
import { EventRegistrationPanel, RegisterForEventMutation, RegistrableAccountsQuery } from './event-registration-panel';

const EDITOR = makeViewer({ id: 'u-editor', displayName: '刘编辑', role: 'EDITOR' });

const EVENT = {
  __typename: 'Event',
  id: 'ev-1',
  title: '百家党媒看荆州',
  status: 'PUBLISHED',
  phase: 'REGISTRATION_OPEN',
  registrationClosesAt: '2026-12-12T10:00:00.000Z',
  viewerInvited: true,
  viewerActions: ['REGISTER'],
  viewerRegistration: null,
  viewerMemberPlaces: 0,
  placesPerMember: 2,
} as unknown as EventPage_EventFragment;

function refusal(reason: string) {
  return { errors: [new GraphQLError('refused', { extensions: { code: 'CONFLICT', reason } })] };
}

describe('EventRegistrationPanel', () => {
  it('offers the waiting list when the event is full, and sends the same people with joinWaitlist', async () => {
    const waitlisted = vi.fn(() => refusal('ALREADY_REGISTERED'));
    renderWithApp(<EventRegistrationPanel event={EVENT} />, {
      viewer: EDITOR,
      mocks: [
        {
          request: { query: RegistrableAccountsQuery, variables: { eventId: 'ev-1' } },
          result: { data: { event: { __typename: 'Event', id: 'ev-1', registrableAccounts: [{ __typename: 'Person', id: 'u-editor', displayName: '刘编辑', role: 'EDITOR' }] } } },
        },
        {
          request: { query: RegisterForEventMutation, variables: { eventId: 'ev-1', participantIds: ['u-editor'], guests: [], joinWaitlist: false } },
          result: refusal('EVENT_FULL'),
        },
        {
          request: { query: RegisterForEventMutation, variables: { eventId: 'ev-1', participantIds: ['u-editor'], guests: [], joinWaitlist: true } },
          result: waitlisted,
        },
      ],
    });
    expect(screen.getByText('本单位尚未报名这次活动')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('本单位账号'));
    await user.click(await screen.findByTitle('刘编辑（我） · 编辑'));
    await user.click(screen.getByRole('button', { name: /提交报名/ }));
    const full = await screen.findByTestId('event-full');
    expect(full).toHaveTextContent('活动名额已满。可以加入候补名单');
    await user.click(within(full).getByRole('button', { name: '加入候补名单' }));
    await waitFor(() => expect(waitlisted).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('其中有人已经报名了这次活动。')).toBeInTheDocument();
  });

  it('asks for someone before sending, and says why a member cannot register', async () => {
    const { unmount } = renderWithApp(<EventRegistrationPanel event={EVENT} />, { viewer: EDITOR });
    await userEvent.setup().click(screen.getByRole('button', { name: /提交报名/ }));
    expect(await screen.findByText('请至少选择一位参加人员或添加一位嘉宾')).toBeInTheDocument();
    unmount();
    renderWithApp(<EventRegistrationPanel event={{ ...EVENT, viewerActions: [], viewerInvited: false }} />, { viewer: EDITOR });
    expect(screen.getByText('本单位未受邀参加这次活动。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /提交报名/ })).toBeNull();
  });
});
