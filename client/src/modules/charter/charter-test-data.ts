import type { ResourceArea } from '@/__generated__/graphql';

/** Charter versions as the server answers them, for the page tests. */

type Area = ResourceArea | null;

export const article = (number: number, title: string, body: string, area: Area) => ({ __typename: 'CharterArticle' as const, number, title, body, area });

export const ARTICLES_V2 = [
  article(1, '宗旨', '本联盟由长江经济带城市群的城市党媒自愿组成，共同策划、联合作战，讲好长江故事。', null),
  article(2, '平台共享', '成员单位相互开放客户端、网站等融媒体平台，为联合报道提供发布位置。', 'PLATFORM'),
  article(3, '稿件资源共享', '成员单位每年至少向稿件库提供十篇稿件。', 'CONTENT'),
  article(4, '渠道共享', '成员单位在各自渠道转载联合报道，注明来源。', 'CHANNEL'),
  article(5, '技术服务', '有条件的成员单位为其他成员提供直播、数据等技术服务。', 'TECH_SERVICE'),
  article(7, '联络员制度', '各成员单位指定一名联络员。', null),
];

export const ARTICLES_V3 = [
  ...ARTICLES_V2.slice(0, 2),
  article(3, '稿件资源共享', '成员单位每季度至少向稿件库提供十篇稿件，并注明转载规则。', 'CONTENT'),
  ...ARTICLES_V2.slice(3, 5),
  article(6, '产业合作', '成员单位在文旅、会展等产业项目上开展合作，共享收益。', 'INDUSTRY'),
];

const change = (number: number, kind: 'ADDED' | 'CHANGED' | 'REMOVED', before: ReturnType<typeof article> | null, after: ReturnType<typeof article> | null) => ({
  __typename: 'CharterChange' as const,
  number,
  kind,
  title: (after ?? before)!.title,
  before,
  after,
});

export function charterVersion(version: number, articles = ARTICLES_V3, extra: Partial<{ changeNote: string; publishedAt: string; changes: unknown[] }> = {}) {
  return {
    __typename: 'CharterVersion' as const,
    id: `cv-${version}`,
    version,
    changeNote: extra.changeNote ?? `第 ${version} 版修订：稿件共享改为按季度，新增产业合作条款，删去联络员制度。`,
    publishedAt: extra.publishedAt ?? '2026-01-05T02:00:00.000Z',
    publishedBy: { __typename: 'User' as const, id: 'u-sec', displayName: '秘书处 陈晓' },
    articles,
    changes:
      extra.changes ??
      (version === 3
        ? [
            change(3, 'CHANGED', ARTICLES_V2[2]!, ARTICLES_V3[2]!),
            change(6, 'ADDED', null, ARTICLES_V3[5]!),
            change(7, 'REMOVED', ARTICLES_V2[5]!, null),
          ]
        : []),
  };
}

export const summary = (version: number, publishedAt: string, changeNote: string) => ({
  __typename: 'CharterVersion' as const,
  id: `cv-${version}`,
  version,
  changeNote,
  publishedAt,
});

export const VERSIONS = [
  summary(3, '2026-01-05T02:00:00.000Z', '第 3 版修订：稿件共享改为按季度，新增产业合作条款，删去联络员制度。'),
  summary(2, '2025-06-01T02:00:00.000Z', '第 2 版：明确五个共享领域。'),
  summary(1, '2023-12-16T02:00:00.000Z', '联盟成立，通过章程。'),
];
