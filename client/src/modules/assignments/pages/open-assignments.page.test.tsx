import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@yah/shared';
import { MemberPickerQuery } from '@/modules/members/components/member-picker';
import { CoverageProvincesQuery } from '@/modules/topics/hooks/use-provinces';
import { makeViewer, renderWithApp } from '@/test/render';
import { ClaimAssignmentMutation } from '@/modules/claims/components/claim-button';
import { OPEN_ASSIGNMENTS_PAGE_SIZE, OpenAssignmentsChangedSubscription, OpenAssignmentsPage, OpenAssignmentsQuery } from './open-assignments.page';

function assignment(openSlots: number) {
  return {
    __typename: 'Assignment' as const,
    id: 'a-1',
    title: '荆州古城墙航拍',
    brief: '无人机航拍古城墙全景',
    format: 'PHOTO' as const,
    dueAt: '2026-12-18T10:00:00.000Z',
    slots: 2,
    openSlots,
    distanceKm: 312.4,
    viewerCanClaim: openSlots > 0,
    myClaim: null,
    location: {
      __typename: 'Member' as const,
      id: 'm-jingzhou',
      nameZh: '荆州市融媒体中心',
      nameEn: 'Jingzhou Converged Media Center',
      cityZh: '荆州',
      cityEn: 'Jingzhou',
      province: { __typename: 'Province' as const, code: '420000', nameZh: '湖北', nameEn: 'Hubei' },
    },
    topic: { __typename: 'Topic' as const, id: 't-1', title: '百家党媒看荆州' },
  };
}

function listMock(openSlots: number, total = { totalCount: 1, totalCountCapped: false }): MockLink.MockedResponse {
  return {
    request: { query: OpenAssignmentsQuery, variables: { filter: null, first: OPEN_ASSIGNMENTS_PAGE_SIZE } },
    result: {
      data: {
        openAssignments: {
          __typename: 'AssignmentConnection',
          ...total,
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          nodes: [assignment(openSlots)],
        },
      },
    },
  };
}

const quietMocks: MockLink.MockedResponse[] = [
  { request: { query: CoverageProvincesQuery }, result: { data: { provinces: [] } } },
  {
    request: { query: MemberPickerQuery, variables: { search: null, provinceCode: null, first: LIMITS.page.maxSize } },
    result: { data: { members: { __typename: 'MemberConnection', nodes: [] } } },
  },
  // The live feed says nothing during the test.
  { request: { query: OpenAssignmentsChangedSubscription }, result: { data: null }, delay: 60_000 },
];

describe('open assignments page', () => {
  it('lists nearest first with distance and due time; a lost race says so and refreshes the list', async () => {
    renderWithApp(<OpenAssignmentsPage />, {
      viewer: makeViewer({ role: 'REPORTER', id: 'u-reporter' }),
      route: '/assignments',
      mocks: [
        listMock(1),
        {
          request: { query: ClaimAssignmentMutation, variables: { assignmentId: 'a-1' } },
          result: { errors: [new GraphQLError('No slot left', { extensions: { code: 'CONFLICT' } })] },
        },
        listMock(0),
        ...quietMocks,
      ],
    });

    const item = await screen.findByTestId('open-assignment');
    expect(within(item).getByTestId('distance')).toHaveTextContent('约 312 公里');
    expect(within(item).getByText('名额 1 / 2')).toBeInTheDocument();

    await userEvent.setup().click(within(item).getByRole('button', { name: '认领' }));
    expect(await screen.findByText('手慢了：「荆州古城墙航拍」的名额已被认领完，列表已刷新。')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByTestId('open-assignment')).getByText('名额已满')).toBeInTheDocument());
    expect(within(screen.getByTestId('open-assignment')).queryByRole('button', { name: '认领' })).toBeNull();
  });

  it('says "1,000+" when the server stopped counting at its cap', async () => {
    renderWithApp(<OpenAssignmentsPage />, {
      viewer: makeViewer({ role: 'REPORTER', id: 'u-reporter' }),
      route: '/assignments',
      mocks: [listMock(1, { totalCount: 1000, totalCountCapped: true }), ...quietMocks],
    });
    expect(await screen.findByText('共 1,000+ 个开放任务')).toBeInTheDocument();
    expect(screen.getByText('已显示 1 / 1,000+')).toBeInTheDocument();
  });
});
