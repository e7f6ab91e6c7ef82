import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { applyLocale } from '@/app/i18n/i18n';
import { renderWithApp } from '@/test/render';
import { MembersPage } from '../pages/members.page';
import { DIRECTORY_PAGE_SIZE, DirectoryProvincesQuery, MembersDirectoryQuery } from './members-directory';

const province = (code: string, nameZh: string, nameEn: string, riverOrder: number, memberCount: number) => ({
  __typename: 'Province' as const,
  code,
  nameZh,
  nameEn,
  riverOrder,
  memberCount,
});

// Deliberately out of river order: the filter must sort upstream → downstream.
const PROVINCES = [
  province('310000', '上海', 'Shanghai', 11, 1),
  province('530000', '云南', 'Yunnan', 1, 0),
  province('420000', '湖北', 'Hubei', 6, 1),
  province('430000', '湖南', 'Hunan', 7, 1),
];

function member(id: string, nameZh: string, nameEn: string, cityZh: string, cityEn: string, p: (typeof PROVINCES)[number]) {
  return {
    __typename: 'Member' as const,
    id,
    nameZh,
    nameEn,
    cityZh,
    cityEn,
    status: 'ACTIVE' as const,
    outletKind: 'CONVERGED_MEDIA_CENTER' as const,
    allianceRole: 'MEMBER' as const,
    joinedOn: '2023-12-16',
    province: { __typename: 'Province' as const, code: p.code, nameZh: p.nameZh, nameEn: p.nameEn },
    channels: [{ __typename: 'Channel' as const, kind: 'WECHAT' as const, name: `${cityZh}发布` }],
    staffCounts: { __typename: 'StaffCounts' as const, secretariat: 0, chiefEditors: 1, editors: 2, reporters: 3, total: 6 },
  };
}

const [SHANGHAI, , HUBEI, HUNAN] = PROVINCES as [
  (typeof PROVINCES)[number],
  (typeof PROVINCES)[number],
  (typeof PROVINCES)[number],
  (typeof PROVINCES)[number],
];
const JINGZHOU = member('m-jingzhou', '荆州市融媒体中心', 'Jingzhou Converged Media Center', '荆州', 'Jingzhou', HUBEI);
const HENGYANG = member('m-hengyang', '衡阳日报社', 'Hengyang Daily', '衡阳', 'Hengyang', HUNAN);
const SHANGHAI_MEMBER = member('m-shanghai', '上海报业集团', 'Shanghai United Media', '上海', 'Shanghai', SHANGHAI);

function membersMock(
  variables: { provinceCode: string | null; search: string | null },
  nodes: ReturnType<typeof member>[],
): MockLink.MockedResponse {
  return {
    request: { query: MembersDirectoryQuery, variables: { ...variables, first: DIRECTORY_PAGE_SIZE } },
    result: {
      data: {
        members: {
          __typename: 'MemberConnection',
          totalCount: nodes.length,
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          nodes,
        },
      },
    },
  };
}

const provincesMock: MockLink.MockedResponse = {
  request: { query: DirectoryProvincesQuery },
  result: {
    data: {
      provinces: PROVINCES,
      allianceSecretariat: {
        __typename: 'Member' as const,
        id: 'm-secretariat',
        nameZh: '长江经济带城市群融媒联盟秘书处',
        nameEn: 'Alliance Secretariat',
        cityZh: '荆州',
        cityEn: 'Jingzhou',
      },
    },
  },
};

function names(): string[] {
  return screen.queryAllByTestId('member-item').map((item) => within(item).getByRole('link').textContent ?? '');
}

describe('members directory', () => {
  it('shows the provinces upstream → downstream with counts, and filters by province', async () => {
    renderWithApp(<MembersPage />, {
      route: '/members',
      mocks: [
        provincesMock,
        membersMock({ provinceCode: null, search: null }, [HENGYANG, JINGZHOU, SHANGHAI_MEMBER]),
        membersMock({ provinceCode: '420000', search: null }, [JINGZHOU]),
      ],
    });

    await waitFor(() => expect(names()).toHaveLength(3));
    const chips = within(screen.getByRole('group', { name: '按省市筛选' })).getAllByRole('button');
    expect(chips.map((chip) => chip.textContent)).toEqual(['全部', '云南（0）', '湖北（1）', '湖南（1）', '上海（1）']);
    expect(screen.getByTestId('province-filter-all')).toHaveAttribute('aria-pressed', 'true');

    await userEvent.setup().click(screen.getByTestId('province-filter-420000'));
    await waitFor(() => expect(names()).toEqual(['荆州市融媒体中心']));
    expect(screen.getByTestId('province-filter-420000')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('province-filter-all')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('共 1 家成员单位')).toBeInTheDocument();
  });

  it('shows the secretariat as a line of its own, not as a member card', async () => {
    renderWithApp(<MembersPage />, {
      route: '/members',
      mocks: [provincesMock, membersMock({ provinceCode: null, search: null }, [HENGYANG, JINGZHOU])],
    });
    await waitFor(() => expect(names()).toHaveLength(2));
    expect(screen.getByText('共 2 家成员单位')).toBeInTheDocument();
    const line = await screen.findByTestId('directory-secretariat');
    expect(within(line).getByRole('link', { name: '联盟秘书处：长江经济带城市群融媒联盟秘书处（荆州）' })).toHaveAttribute('href', '/members/m-secretariat');
    expect(names()).not.toContain('长江经济带城市群融媒联盟秘书处');
  });

  it('searches (the server matches Chinese and pinyin) and offers to clear filters when nothing matches', async () => {
    renderWithApp(<MembersPage />, {
      route: '/members',
      mocks: [
        provincesMock,
        membersMock({ provinceCode: null, search: null }, [HENGYANG, JINGZHOU, SHANGHAI_MEMBER]),
        membersMock({ provinceCode: null, search: 'jingzhou' }, [JINGZHOU]),
        membersMock({ provinceCode: null, search: 'jingzhoux' }, []),
        membersMock({ provinceCode: null, search: null }, [HENGYANG, JINGZHOU, SHANGHAI_MEMBER]),
      ],
    });
    const user = userEvent.setup();
    await waitFor(() => expect(names()).toHaveLength(3));

    // Pasted in one go, as typing slowly on a busy machine could let the debounce fire on a prefix.
    await user.click(screen.getByRole('searchbox', { name: '搜索成员单位' }));
    await user.paste('jingzhou');
    await waitFor(() => expect(names()).toEqual(['荆州市融媒体中心']));

    await user.type(screen.getByRole('searchbox', { name: '搜索成员单位' }), 'x');
    expect(await screen.findByText('没有符合条件的成员单位')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(names()).toHaveLength(3));
    expect(screen.getByRole('searchbox', { name: '搜索成员单位' })).toHaveValue('');
  });

  it('shows English names in English', async () => {
    await applyLocale('en');
    renderWithApp(<MembersPage />, {
      route: '/members?province=420000',
      mocks: [provincesMock, membersMock({ provinceCode: '420000', search: null }, [JINGZHOU])],
    });
    await waitFor(() => expect(names()).toEqual(['Jingzhou Converged Media Center']));
    expect(screen.getByTestId('province-filter-420000')).toHaveTextContent('Hubei (1)');
    expect(screen.getByText('Jingzhou · Hubei')).toBeInTheDocument();
  });

  it('offers a retry when the list cannot be loaded', async () => {
    renderWithApp(<MembersPage />, {
      route: '/members',
      mocks: [
        provincesMock,
        {
          request: {
            query: MembersDirectoryQuery,
            variables: { provinceCode: null, search: null, first: DIRECTORY_PAGE_SIZE },
          },
          error: new TypeError('Failed to fetch'),
        },
        membersMock({ provinceCode: null, search: null }, [JINGZHOU]),
      ],
    });
    expect(await screen.findByText('成员名录加载失败')).toBeInTheDocument();
    expect(screen.getByText('无法连接服务器，请检查网络后重试。')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: '重试' }));
    await waitFor(() => expect(names()).toEqual(['荆州市融媒体中心']));
  });
});
