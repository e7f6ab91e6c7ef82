import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeViewer, renderWithApp } from '@/test/render';
import { ARTICLES_V2, article, charterVersion, VERSIONS } from '../charter-test-data';
import { CharterPageQuery, CharterVersionQuery } from '../charter-fragments';
import { CharterPage } from './charter.page';

const secretariat = makeViewer({ role: 'SECRETARIAT', displayName: '秘书处 陈晓' });
const editor = makeViewer({ role: 'EDITOR' });

function pageMock(charter: ReturnType<typeof charterVersion> | null, versions = VERSIONS): MockLink.MockedResponse {
  return { request: { query: CharterPageQuery }, result: { data: { charter, charterVersions: versions } } };
}

describe('CharterPage', () => {
  it('shows the current version: its articles in order with their areas of sharing, what changed (words marked), and the history', { timeout: 60_000 }, async () => {
    renderWithApp(<CharterPage />, { viewer: editor, route: '/charter', mocks: [pageMock(charterVersion(3))] });

    const articles = await screen.findByTestId('charter-articles');
    const headings = within(articles).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['第 1 条　宗旨', '第 2 条　平台共享', '第 3 条　稿件资源共享', '第 4 条　渠道共享', '第 5 条　技术服务', '第 6 条　产业合作']);
    // Each article of an area carries its tag; the areas strip counts them.
    const platform = within(articles).getByRole('article', { name: '第 2 条　平台共享' });
    expect(within(platform).getByText('平台')).toHaveAttribute('data-area', 'PLATFORM');
    expect(within(within(articles).getByRole('article', { name: '第 6 条　产业合作' })).getByText('产业')).toBeInTheDocument();
    expect(within(within(articles).getByRole('article', { name: '第 6 条　产业合作' })).getByText('本版新增')).toBeInTheDocument();
    const areas = screen.getByTestId('charter-areas');
    for (const label of ['平台 · 1', '稿件 · 1', '渠道 · 1', '技术服务 · 1', '产业 · 1']) expect(within(areas).getByText(label)).toBeInTheDocument();

    expect(screen.getByTestId('charter-meta')).toHaveTextContent('第 3 版');
    expect(screen.getByTestId('charter-meta')).toHaveTextContent('2026年1月5日 10:00（北京时间）发布');
    expect(screen.getByTestId('charter-meta')).toHaveTextContent('发布人：秘书处 陈晓');

    const changes = screen.getByTestId('charter-changes');
    expect(changes).toHaveTextContent('新增 1 条 · 修改 1 条 · 删除 1 条');
    const items = within(changes).getAllByTestId('charter-change');
    expect(items.map((item) => item.getAttribute('data-kind'))).toEqual(['CHANGED', 'ADDED', 'REMOVED']);
    // The changed article: before and after, with the changed words marked on each side.
    const changed = items[0]!;
    expect(within(changed).getByRole('region', { name: '修改前' })).toHaveTextContent('成员单位每年至少向稿件库提供十篇稿件。');
    expect(within(changed).getByRole('region', { name: '修改后' })).toHaveTextContent('成员单位每季度至少向稿件库提供十篇稿件，并注明转载规则。');
    expect([...changed.querySelectorAll('del')].map((node) => node.textContent)).toEqual(['年']);
    expect([...changed.querySelectorAll('ins')].map((node) => node.textContent)).toEqual(['季度', '，并注明转载规则']);
    expect(items[2]!.querySelector('del')).toHaveTextContent('各成员单位指定一名联络员。');

    const history = screen.getByTestId('charter-history');
    expect(within(history).getByRole('link', { name: '第 3 版' })).toHaveAttribute('href', '/charter');
    expect(within(history).getByRole('link', { name: '第 2 版' })).toHaveAttribute('href', '/charter?version=2');
    expect(screen.queryByRole('link', { name: /修订章程/ })).toBeNull();
  });

  it('opens an older version from the address, says it is not the current one, and shows its own changes', { timeout: 60_000 }, async () => {
    const v2 = charterVersion(2, ARTICLES_V2, {
      changeNote: '第 2 版：明确五个共享领域。',
      publishedAt: '2025-06-01T02:00:00.000Z',
      changes: [
        {
          __typename: 'CharterChange',
          number: 2,
          kind: 'CHANGED',
          title: '平台共享',
          before: article(2, '平台', '成员单位相互开放客户端、网站等融媒体平台，为联合报道提供发布位置。', null),
          after: ARTICLES_V2[1],
        },
      ],
    });
    renderWithApp(<CharterPage />, {
      viewer: editor,
      route: '/charter?version=2',
      mocks: [pageMock(charterVersion(3)), { request: { query: CharterVersionQuery, variables: { version: 2 } }, result: { data: { charterVersion: v2 } } }],
    });
    expect(await screen.findByText('您正在查看第 2 版（历史版本）。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看现行版本' })).toHaveAttribute('href', '/charter');
    expect(screen.getByTestId('charter-meta')).toHaveTextContent('2025年6月1日 10:00（北京时间）发布');
    expect(screen.getByRole('article', { name: '第 7 条　联络员制度' })).toBeInTheDocument();
    const changes = screen.getByTestId('charter-changes');
    // Only the title and the area changed: no body columns, the title and area before → after.
    expect(within(changes).getByTestId('change-title')).toHaveTextContent('标题：平台→平台共享');
    expect(within(within(changes).getByTestId('change-area')).getByText('无')).toBeInTheDocument();
    expect(within(within(changes).getByTestId('change-area')).getByText('平台')).toBeInTheDocument();
    expect(within(changes).queryByRole('region', { name: '修改前' })).toBeNull();
    expect(within(screen.getByTestId('charter-history')).getByRole('link', { name: '第 2 版' })).toHaveAttribute('aria-current', 'page');
  });

  it('says when a version does not exist', { timeout: 60_000 }, async () => {
    renderWithApp(<CharterPage />, {
      viewer: editor,
      route: '/charter?version=9',
      mocks: [pageMock(charterVersion(3)), { request: { query: CharterVersionQuery, variables: { version: 9 } }, result: { data: { charterVersion: null } } }],
    });
    expect(await screen.findByText('找不到第 9 版章程')).toBeInTheDocument();
  });

  it('before the first publication says so, and offers the secretariat to draft it', { timeout: 60_000 }, async () => {
    renderWithApp(<CharterPage />, { viewer: secretariat, route: '/charter', mocks: [pageMock(null, [])] });
    expect(await screen.findByText('章程尚未发布')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /起草章程/ })).toHaveAttribute('href', '/charter/edit');
  });

  it('shows a load error with a retry', { timeout: 60_000 }, async () => {
    renderWithApp(<CharterPage />, { viewer: editor, route: '/charter', mocks: [{ request: { query: CharterPageQuery }, error: new TypeError('Failed to fetch') }] });
    expect(await screen.findByText('无法连接服务器，请检查网络后重试。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});
