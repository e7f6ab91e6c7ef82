import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@yah/shared';
import { MemberPickerQuery } from '@/modules/members/components/member-picker';
import { CoverageProvincesQuery } from '@/modules/topics/hooks/use-provinces';
import { makeViewer, renderWithApp } from '@/test/render';
import { ExchangePage, ExchangePageQuery } from './exchange.page';

function channelOffer(capacityLeft: number) {
  return {
    __typename: 'Resource' as const,
    id: 'r-wechat',
    area: 'CHANNEL' as const,
    title: '荆州发布公众号头条推送',
    description: '每月可为联盟成员推送头条',
    terms: '须提前 3 天申请',
    availability: '工作日',
    contact: '王工 13800000000',
    status: 'ACTIVE' as const,
    capacityPerPeriod: 4,
    capacityPeriod: 'MONTH' as const,
    capacityLeft,
    owner: { __typename: 'Member' as const, id: 'm-jingzhou', nameZh: '荆州日报社', nameEn: 'Jingzhou Daily', cityZh: '荆州', cityEn: 'Jingzhou' },
  };
}

function list(area: string, nodes: ReturnType<typeof channelOffer>[]): MockLink.MockedResponse {
  return {
    request: { query: ExchangePageQuery, variables: { filter: { area }, first: LIMITS.page.defaultSize } },
    result: {
      data: { resources: { __typename: 'ResourceConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, nodes } },
    },
  };
}

const quiet: MockLink.MockedResponse[] = [
  { request: { query: CoverageProvincesQuery }, result: { data: { provinces: [] } } },
  {
    request: { query: MemberPickerQuery, variables: { search: null, provinceCode: null, first: LIMITS.page.maxSize } },
    result: { data: { members: { __typename: 'MemberConnection', nodes: [] } } },
  },
];

describe('exchange page', () => {
  it('shows an area per tab with terms, contact and the capacity left this period; reporters offer nothing', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    renderWithApp(<ExchangePage />, {
      viewer: makeViewer({ role: 'REPORTER' }),
      route: '/resources',
      mocks: [list('PLATFORM', []), list('CHANNEL', [channelOffer(2)]), ...quiet],
    });
    expect(await screen.findByText('「平台」领域还没有成员提供资源')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /提供资源/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: '渠道' }));
    const card = await screen.findByTestId('resource-card');
    expect(within(card).getByTestId('capacity')).toHaveTextContent('每月 4 次，本期剩余 2');
    expect(within(card).getByText('须提前 3 天申请')).toBeInTheDocument();
    expect(within(card).getByText('王工 13800000000')).toBeInTheDocument();
  });
});
