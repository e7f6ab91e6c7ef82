import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LIMITS, type ResourceRequestAction, type ResourceRequestState } from '@yah/shared';
import { makeViewer, renderWithApp } from '@/test/render';
import { CancelResourceRequestMutation, DeclineResourceRequestMutation } from '../components/request-actions';
import { ResourceRequestCountsQuery } from '../hooks/use-request-counts';
import { RequestsPage, ResourceRequestsQuery } from './requests.page';

const JINGZHOU = { __typename: 'Member' as const, id: 'm-jingzhou', nameZh: '荆州市融媒体中心', nameEn: 'Jingzhou Converged Media Center' };
const HENGYANG = { __typename: 'Member' as const, id: 'm-hengyang', nameZh: '衡阳日报社', nameEn: 'Hengyang Daily' };

function request(state: ResourceRequestState, viewerActions: ResourceRequestAction[], incoming: boolean) {
  return {
    __typename: 'ResourceRequest' as const,
    id: incoming ? 'q-in' : 'q-out',
    state,
    note: '12 月 18 日在衡阳日报客户端首页推送',
    neededOn: '2026-12-18',
    createdAt: '2026-11-28T02:00:00.000Z',
    decidedAt: null,
    declineReason: null,
    fulfilledAt: null,
    fulfillmentNote: null,
    cancelledAt: null,
    viewerActions,
    resource: { __typename: 'Resource' as const, id: 'r-1', title: '荆州古城墙航拍素材', area: 'CONTENT' as const },
    owner: incoming ? JINGZHOU : HENGYANG,
    requester: incoming ? HENGYANG : JINGZHOU,
    requestedBy: { __typename: 'Person' as const, id: 'u-2', displayName: '刘编辑' },
    decidedBy: null,
  };
}

function countsMock(): MockLink.MockedResponse {
  return {
    request: { query: ResourceRequestCountsQuery },
    result: {
      data: {
        resourceRequestCounts: { __typename: 'ResourceRequestCounts', incomingPending: 1, incomingApproved: 0, outgoingOpen: 1 },
        me: { __typename: 'User', id: 'u-chief', decidesResourceRequests: false },
      },
    },
    maxUsageCount: 10,
  };
}

function listMock(direction: 'INCOMING' | 'OUTGOING', node: ReturnType<typeof request>): MockLink.MockedResponse {
  return {
    request: {
      query: ResourceRequestsQuery,
      variables: { filter: { direction, states: null }, first: LIMITS.page.defaultSize },
    },
    result: {
      data: {
        resourceRequests: {
          __typename: 'ResourceRequestConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          nodes: [node],
        },
      },
    },
    maxUsageCount: 10,
  };
}

function moved(id: string, state: ResourceRequestState, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'ResourceRequest' as const,
    id,
    state,
    viewerActions: [],
    version: 2,
    updatedAt: '2026-11-29T02:00:00.000Z',
    decidedAt: null,
    declineReason: null,
    fulfilledAt: null,
    fulfillmentNote: null,
    cancelledAt: null,
    decidedBy: null,
    resource: { __typename: 'Resource' as const, id: 'r-1', capacityLeft: 3, viewerActions: [] },
    ...extra,
  };
}

const buttonNames = (scope: HTMLElement) =>
  within(scope)
    .queryAllByRole('button')
    .map((button) => button.textContent?.replace(/\s/g, ''));

describe('RequestsPage', () => {
  it("shows a chief editor the requests received, with their badge and only the moves the server offers", async () => {
    renderWithApp(<RequestsPage />, {
      viewer: makeViewer(),
      route: '/requests',
      mocks: [countsMock(), listMock('INCOMING', request('PENDING', ['APPROVE', 'DECLINE'], true))],
    });
    const item = await screen.findByTestId('request-item');
    expect(within(item).getByRole('link', { name: '荆州古城墙航拍素材' })).toHaveAttribute('href', '/resources/r-1');
    expect(item).toHaveTextContent('申请单位：衡阳日报社');
    expect(item).toHaveTextContent('刘编辑 提出于');
    expect(item).toHaveTextContent('需要日期：2026年12月18日');
    expect(within(item).getByTestId('request-state')).toHaveTextContent('待审批');
    expect(buttonNames(item)).toEqual(['同意', '婉拒']);
    expect(screen.getByRole('tab', { name: /收到的/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('declines only with a reason, and shows the new state from the answer', async () => {
    const declined = vi.fn(() => ({
      data: { declineResourceRequest: moved('q-in', 'DECLINED', { declineReason: '当天头条已排满', decidedAt: '2026-11-29T02:00:00.000Z' }) },
    }));
    renderWithApp(<RequestsPage />, {
      viewer: makeViewer(),
      route: '/requests?tab=incoming',
      mocks: [
        countsMock(),
        listMock('INCOMING', request('PENDING', ['APPROVE', 'DECLINE'], true)),
        { request: { query: DeclineResourceRequestMutation, variables: { id: 'q-in', reason: '当天头条已排满' } }, result: declined },
      ],
    });
    const user = userEvent.setup();
    const item = await screen.findByTestId('request-item');
    await user.click(within(item).getByRole('button', { name: /婉拒/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /婉拒/ }));
    expect(await within(dialog).findByText(/^请填写“.+”$/)).toBeInTheDocument();
    expect(declined).not.toHaveBeenCalled();
    fireEvent.change(within(dialog).getByLabelText('理由'), { target: { value: '当天头条已排满' } });
    await user.click(within(dialog).getByRole('button', { name: /婉拒/ }));
    await waitFor(() => expect(within(item).getByTestId('request-state')).toHaveTextContent('已婉拒'));
    expect(declined).toHaveBeenCalledTimes(1);
    expect(item).toHaveTextContent('婉拒理由：当天头条已排满');
    expect(buttonNames(item)).toEqual([]);
  });

  it("withdraws the member's own request after a confirmation", async () => {
    const cancelled = vi.fn(() => ({
      data: { cancelResourceRequest: moved('q-out', 'CANCELLED', { cancelledAt: '2026-11-29T02:00:00.000Z' }) },
    }));
    renderWithApp(<RequestsPage />, {
      viewer: makeViewer({ role: 'EDITOR' }),
      route: '/requests?tab=outgoing',
      mocks: [
        countsMock(),
        listMock('OUTGOING', request('APPROVED', ['CANCEL'], false)),
        { request: { query: CancelResourceRequestMutation, variables: { id: 'q-out' } }, result: cancelled },
      ],
    });
    const user = userEvent.setup();
    const item = await screen.findByTestId('request-item');
    expect(item).toHaveTextContent('资源方：衡阳日报社');
    await user.click(within(item).getByRole('button', { name: /撤回申请/ }));
    expect(cancelled).not.toHaveBeenCalled();
    const confirm = await screen.findByRole('tooltip');
    await user.click(within(confirm).getByRole('button', { name: /撤回申请/ }));
    await waitFor(() => expect(within(item).getByTestId('request-state')).toHaveTextContent('已撤回'));
    expect(cancelled).toHaveBeenCalledTimes(1);
  });
});
