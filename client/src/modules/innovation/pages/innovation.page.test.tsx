import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeViewer, renderWithApp } from '@/test/render';
import { InnovationPage, InnovationRoundsQuery, MyInnovationProjectsQuery, RecommendedProjectsQuery } from './innovation.page';

const counts = (over: Partial<{ submitted: number; viewerMember: number; viewerMemberLeft: number; top: number; excellent: number }> = {}) => ({
  __typename: 'InnovationRoundCounts' as const,
  submitted: 12,
  viewerMember: 1,
  viewerMemberLeft: 4,
  top: 0,
  excellent: 0,
  ...over,
});

const ROUNDS = {
  data: {
    innovationRounds: {
      __typename: 'InnovationRoundConnection' as const,
      nodes: [
        {
          __typename: 'InnovationRound' as const,
          id: 'r-2026',
          title: '2026年度地市党媒融合创新项目',
          year: 2026,
          status: 'OPEN' as const,
          submissionsCloseAt: '2099-12-31T15:59:59.000Z',
          publishedAt: null,
          viewerActions: ['SUBMIT' as const],
          counts: counts({ submitted: 4 }),
        },
        {
          __typename: 'InnovationRound' as const,
          id: 'r-2025',
          title: '2025年度地市党媒融合创新项目',
          year: 2025,
          status: 'PUBLISHED' as const,
          submissionsCloseAt: '2025-10-31T15:59:59.000Z',
          publishedAt: '2025-12-16T02:00:00.000Z',
          viewerActions: [],
          counts: counts({ top: 1, excellent: 1 }),
        },
      ],
    },
  },
};

const project = (id: string, title: string, award: 'TOP' | 'EXCELLENT', member: string) => ({
  __typename: 'InnovationProject' as const,
  id,
  title,
  award,
  category: 'PLATFORM' as const,
  summary: `${title}的简介`,
  results: '接入 8 个县级中心',
  links: [],
  member: { __typename: 'Member' as const, id: `m-${member}`, nameZh: member, nameEn: member },
});

const RECOMMENDED = {
  data: {
    innovationProjects: {
      __typename: 'InnovationProjectConnection' as const,
      totalCount: 2,
      nodes: [project('p-1', '“荆云”县级融媒中台', 'TOP', '荆州市融媒体中心'), project('p-2', '“雁城视界”短视频矩阵', 'EXCELLENT', '衡阳日报社')],
    },
  },
};

const MINE = {
  data: {
    innovationProjects: {
      __typename: 'InnovationProjectConnection' as const,
      totalCount: 1,
      nodes: [
        {
          __typename: 'InnovationProject' as const,
          id: 'p-9',
          title: '“百家党媒看荆州”联合采访协同平台',
          category: 'PLATFORM' as const,
          summary: '简介',
          results: null,
          links: [],
          media: [],
          version: 1,
          viewerActions: ['EDIT' as const, 'WITHDRAW' as const],
        },
      ],
    },
  },
};

describe('InnovationPage', () => {
  it('groups the latest published round into 精品项目 and 优秀项目, and offers the open round to an editor', { timeout: 60_000 }, async () => {
    renderWithApp(<InnovationPage />, {
      viewer: makeViewer({ role: 'EDITOR' }),
      route: '/innovation',
      mocks: [
        { request: { query: InnovationRoundsQuery }, result: ROUNDS },
        { request: { query: RecommendedProjectsQuery, variables: { roundId: 'r-2025' } }, result: RECOMMENDED },
        { request: { query: MyInnovationProjectsQuery, variables: { roundId: 'r-2026' } }, result: MINE },
      ],
    });
    expect(await screen.findByRole('heading', { name: '2025年度地市党媒融合创新项目' })).toBeInTheDocument();
    const top = (await screen.findByRole('heading', { name: /精品项目/ })).closest('section')!;
    expect(within(top).getByText('“荆云”县级融媒中台')).toBeInTheDocument();
    expect(within(top).queryByText('“雁城视界”短视频矩阵')).toBeNull();
    const excellent = screen.getByRole('heading', { name: /优秀项目/ }).closest('section')!;
    expect(within(excellent).getByText('“雁城视界”短视频矩阵')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '提交项目' })).toBeEnabled();
    expect(screen.getByText('本单位已申报 1 项，还可申报 4 项')).toBeInTheDocument();
    expect(await screen.findByText('“百家党媒看荆州”联合采访协同平台')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '撤回' })).toBeInTheDocument();
  });

  it('says so when nothing has been published yet', { timeout: 60_000 }, async () => {
    const onlyOpen = { data: { innovationRounds: { ...ROUNDS.data.innovationRounds, nodes: [ROUNDS.data.innovationRounds.nodes[0]!] } } };
    renderWithApp(<InnovationPage />, {
      viewer: makeViewer({ role: 'REPORTER' }),
      route: '/innovation',
      mocks: [
        { request: { query: InnovationRoundsQuery }, result: { data: { innovationRounds: { ...onlyOpen.data.innovationRounds, nodes: [{ ...onlyOpen.data.innovationRounds.nodes[0]!, viewerActions: [] }] } } } },
        { request: { query: MyInnovationProjectsQuery, variables: { roundId: 'r-2026' } }, result: { data: { innovationProjects: { ...MINE.data.innovationProjects, totalCount: 0, nodes: [] } } } },
      ],
    });
    expect(await screen.findByText('还没有发布过推荐名单。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交项目' })).toBeNull();
  });
});
