import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeViewer, renderWithApp } from '@/test/render';
import { ResourceRequestCountsQuery } from '@/modules/resources/hooks/use-request-counts';
import { RequestNeeds, RequestNeedsQuery } from './needs-requests';

function countsMock(decides: boolean): MockLink.MockedResponse {
  return {
    request: { query: ResourceRequestCountsQuery },
    result: {
      data: {
        resourceRequestCounts: { __typename: 'ResourceRequestCounts', incomingPending: decides ? 1 : 0, incomingApproved: 0, outgoingOpen: 0 },
        me: { __typename: 'User', id: 'u-editor', decidesResourceRequests: decides },
      },
    },
  };
}

const WAITING: MockLink.MockedResponse = {
  request: { query: RequestNeedsQuery },
  result: {
    data: {
      resourceRequests: {
        __typename: 'ResourceRequestConnection',
        totalCount: 1,
        nodes: [
          {
            __typename: 'ResourceRequest',
            id: 'q-1',
            state: 'PENDING',
            createdAt: '2026-11-29T02:00:00.000Z',
            resource: { __typename: 'Resource', id: 'r-van', title: '荆州 4K 转播车' },
            requester: { __typename: 'Member', id: 'm-hengyang', nameZh: '衡阳日报社', nameEn: 'Hengyang Daily' },
          },
        ],
      },
    },
  },
};

describe('home: resource requests waiting', () => {
  it('shows whoever decides their member’s requests what waits, linked to the request', async () => {
    renderWithApp(<RequestNeeds viewer={makeViewer({ role: 'EDITOR' })} />, { viewer: makeViewer({ role: 'EDITOR' }), mocks: [countsMock(true), WAITING] });
    const link = await screen.findByRole('link', { name: '荆州 4K 转播车' });
    expect(link).toHaveAttribute('href', '/requests?tab=incoming#request-q-1');
    expect(screen.getByTestId('requests-waiting')).toHaveTextContent('衡阳日报社');
    expect(screen.getByTestId('requests-waiting')).toHaveTextContent('待审批');
  });
});
