import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LIMITS, STANDARD_REUSE_RULES } from '@yah/shared';
import { MemberPickerQuery } from '@/modules/members/components/member-picker';
import { CoverageProvincesQuery } from '@/modules/topics/hooks/use-provinces';
import { makeViewer, renderWithApp } from '@/test/render';
import { LibraryPage, LibraryPageQuery } from './library.page';

function piece(id: string, title: string, embargoed: boolean) {
  return {
    __typename: 'Resource' as const,
    id,
    title,
    description: `${title}的摘要`,
    themes: ['文旅'],
    embargoState: embargoed ? ('EMBARGOED' as const) : ('LIFTED' as const),
    embargoUntil: '2026-12-18T00:00:00.000Z',
    headlineOnly: !embargoed,
    status: 'ACTIVE' as const,
    createdAt: '2026-12-16T02:00:00.000Z',
    owner: { __typename: 'Member' as const, id: 'm-jingzhou', nameZh: '荆州日报社', nameEn: 'Jingzhou Daily', cityZh: '荆州', cityEn: 'Jingzhou' },
    reach: { __typename: 'Reach' as const, publications: 2, views: 3400 },
  };
}

function page(nodes: ReturnType<typeof piece>[], hasNextPage: boolean, after?: string): MockLink.MockedResponse {
  const filter = { area: 'CONTENT', search: '古城墙', embargo: 'EMBARGOED' };
  return {
    request: { query: LibraryPageQuery, variables: { filter, first: LIMITS.page.defaultSize, ...(after ? { after } : {}) } },
    result: {
      data: {
        resources: {
          __typename: 'ResourceConnection',
          totalCount: 2,
          totalCountCapped: false,
          pageInfo: { __typename: 'PageInfo', endCursor: hasNextPage ? 'c-1' : null, hasNextPage },
          nodes,
        },
      },
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

describe('library page', () => {
  it('searches on the server with the filters in the URL, shows embargo and headline-only, and loads more', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    renderWithApp(<LibraryPage />, {
      viewer: makeViewer({ role: 'EDITOR' }),
      route: '/library?q=古城墙&embargo=EMBARGOED',
      mocks: [page([piece('r-1', '荆州古城墙夜景', true)], true), page([piece('r-2', '古城墙修缮纪实', false)], false, 'c-1'), ...quiet],
    });
    const first = await screen.findByTestId('library-item');
    expect(within(first).getByRole('link', { name: '荆州古城墙夜景' })).toHaveAttribute('href', '/resources/r-1');
    expect(within(first).getByTestId('embargo-badge')).toHaveTextContent('禁发至 12月18日 08:00（北京时间）');
    expect(within(first).getByText(/荆州日报社 · 荆州/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /提供稿件/ })).toHaveAttribute('href', '/resources/new?area=CONTENT');

    await user.click(screen.getByRole('button', { name: '加载更多' }));
    const items = await screen.findAllByTestId('library-item');
    expect(items).toHaveLength(2);
    expect(within(items[1]!).getByText('仅标题')).toBeInTheDocument();
    expect(within(items[1]!).queryByTestId('embargo-badge')).not.toBeInTheDocument();

    // The alliance's rules, once, folded until asked for.
    await user.click(screen.getByRole('button', { name: /联盟稿件通用转载规则/ }));
    expect(within(await screen.findByTestId('reuse-rules')).getAllByRole('listitem')).toHaveLength(STANDARD_REUSE_RULES.length);
  });
});
