import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LIMITS } from '@yah/shared';
import { makeViewer, renderWithApp } from '@/test/render';
import { MemberAccountsQuery } from '@/modules/members/components/accounts-table';
import { MemberPage, MemberPageQuery } from '@/modules/members/pages/member.page';
import { MemberFeedsQuery } from '@/modules/resources/components/member-feed-modal';
import { MyFollowsQuery } from '@/modules/resources/hooks/use-follows';
import { HUBEI, JINGZHOU, PERIOD, jingzhouRow, planFields } from '../participation.fixtures';
import { MemberScorecardQuery } from './scorecard-card';

const memberData = {
  member: {
    __typename: 'Member' as const,
    id: JINGZHOU,
    slug: 'jingzhou',
    nameZh: '荆州市融媒体中心',
    nameEn: 'Jingzhou Converged Media Center',
    cityZh: '荆州',
    cityEn: 'Jingzhou',
    province: HUBEI,
    outletKind: 'CONVERGED_MEDIA_CENTER',
    allianceRole: 'CHAIR',
    status: 'ACTIVE',
    statusReason: null,
    statusChangedAt: null,
    joinedOn: '2025-12-17',
    latitude: 30.3348,
    longitude: 112.2397,
    isDemo: false,
    channels: [],
    staffCounts: { __typename: 'StaffCounts', secretariat: 0, chiefEditors: 1, editors: 2, reporters: 3, total: 6 },
    exchangeBalance: { __typename: 'ExchangeBalance', piecesOffered: 13, resourcesOffered: 2, republishedFromOthers: 7, republishedByOthers: 9, requestsFulfilledForOthers: 3, requestsReceivedFulfilled: 1 },
  },
};

const memberMock: MockLink.MockedResponse = { request: { query: MemberPageQuery, variables: { id: JINGZHOU } }, result: { data: memberData }, maxUsageCount: 5 };
const followsMock: MockLink.MockedResponse = { request: { query: MyFollowsQuery }, result: { data: { myFollows: [] } }, maxUsageCount: 5 };
const feedsMock: MockLink.MockedResponse = { request: { query: MemberFeedsQuery, variables: { memberId: JINGZHOU } }, result: { data: { memberFeeds: [] } }, maxUsageCount: 5 };
const accountsMock: MockLink.MockedResponse = {
  request: { query: MemberAccountsQuery, variables: { memberId: JINGZHOU, first: LIMITS.page.defaultSize } },
  result: { data: { memberAccounts: { __typename: 'UserConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, nodes: [] } } },
  maxUsageCount: 5,
};

function scorecardMock(result = vi.fn(() => ({ data: { periods: [planFields], memberScorecard: jingzhouRow } })), periodId: string | null = null): MockLink.MockedResponse {
  return { request: { query: MemberScorecardQuery, variables: { memberId: JINGZHOU, periodId } }, result, maxUsageCount: 5 };
}

const own = { __typename: 'Member' as const, id: JINGZHOU, nameZh: '荆州市融媒体中心', nameEn: 'Jingzhou Converged Media Center', allianceRole: 'CHAIR' as const };
const other = { __typename: 'Member' as const, id: 'm-changsha', nameZh: '长沙晚报传媒集团', nameEn: 'Changsha Evening News Media Group', allianceRole: 'VICE_CHAIR' as const };

function renderMember(viewer: ReturnType<typeof makeViewer>, scorecard: MockLink.MockedResponse) {
  return renderWithApp(<MemberPage />, { viewer, route: `/members/${JINGZHOU}`, path: '/members/:id', mocks: [memberMock, followsMock, feedsMock, accountsMock, scorecard] });
}

describe('the member scorecard (承诺与参与度)', () => {
  it('shows the member’s own chief editor its index, rank, status, each commitment with its formula, its give and take and the export', async () => {
    renderMember(makeViewer({ member: own }), scorecardMock());
    // The card's code loads on demand, the first time slowly under a busy test run.
    const card = await screen.findByTestId('scorecard', {}, { timeout: 30_000 });
    expect(await within(card).findByTestId('scorecard-last-activity')).toBeInTheDocument();
    expect(card).toHaveTextContent('56.3');
    expect(card).toHaveTextContent('第 2 名');
    expect(card).toHaveTextContent('落后');
    expect(within(card).getByTestId('scorecard-last-activity')).toHaveTextContent('2026年11月20日');
    expect(within(card).getAllByTestId('scorecard-commitment')).toHaveLength(2);
    expect(card).toHaveTextContent('向稿件库供稿 13 篇，转载其他成员 7 篇。');
    expect(within(card).getByTestId('scorecard-export')).toHaveAttribute('href', `/exports/participation.xlsx?period=${PERIOD}&member=${JINGZHOU}`);

    await userEvent.click(within(card).getAllByRole('button', { name: '查看公式' })[0]!);
    expect(within(card).getByTestId('formula')).toHaveTextContent('实际 8 / 目标 20；按期进度应达 20 × 334/365 = 18.3 → 落后');
    // The give-and-take card is still the page's own, once.
    expect(screen.getAllByTestId('exchange-balance')).toHaveLength(1);
  }, 40_000);

  it('shows the secretariat any member’s scorecard', async () => {
    renderMember(makeViewer({ role: 'SECRETARIAT', member: { ...other, id: 'm-secretariat', allianceRole: 'SECRETARIAT' } }), scorecardMock());
    const card = await screen.findByTestId('scorecard', {}, { timeout: 30_000 });
    expect(await within(card).findByTestId('scorecard-last-activity')).toBeInTheDocument();
    expect(card).toHaveTextContent('56.3');
  }, 40_000);

  it('is neither shown nor asked for when another member’s chief editor or an editor looks', async () => {
    for (const viewer of [makeViewer({ member: other }), makeViewer({ role: 'EDITOR', member: own })]) {
      const result = vi.fn(() => ({ data: { periods: [planFields], memberScorecard: jingzhouRow } }));
      const { unmount } = renderMember(viewer, scorecardMock(result));
      expect(await screen.findByText('荆州市融媒体中心', { selector: 'h1' })).toBeInTheDocument();
      expect(screen.getByTestId('exchange-balance')).toBeInTheDocument();
      expect(screen.queryByTestId('scorecard')).not.toBeInTheDocument();
      expect(result).not.toHaveBeenCalled();
      unmount();
    }
  }, 40_000);
});
