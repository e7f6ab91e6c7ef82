import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeViewer, renderWithApp } from '@/test/render';
import { ARTICLES_V3, article, charterVersion, summary, VERSIONS } from '../charter-test-data';
import { CharterPageQuery } from '../charter-fragments';
import { CharterEditPage, PublishCharterMutation } from './charter-edit.page';

const secretariat = makeViewer({ role: 'SECRETARIAT', displayName: '秘书处 陈晓' });

function pageMock(charter: ReturnType<typeof charterVersion> | null, versions = VERSIONS): MockLink.MockedResponse {
  return { request: { query: CharterPageQuery }, result: { data: { charter, charterVersions: versions } } };
}

describe('CharterEditPage', () => {
  it('refuses anyone but the secretariat', async () => {
    renderWithApp(<CharterEditPage />, { viewer: makeViewer({ role: 'EDITOR' }), route: '/charter/edit' });
    expect(await screen.findByText('只有联盟秘书处可以修订章程。')).toBeInTheDocument();
  });

  // A short charter: the editor's cards are heavy for jsdom.
  const SHORT = ARTICLES_V3.slice(0, 3);

  it('when someone else published meanwhile, says so, reloads the latest version on request and keeps the edit, then publishes on top of it', { timeout: 180_000 }, async () => {
    const v4 = charterVersion(4, [...SHORT.slice(0, 2), article(3, '稿件资源共享', '成员单位每月至少向稿件库提供五篇稿件。', 'CONTENT')], {
      changeNote: '第 4 版：稿件共享改为每月。',
      publishedAt: '2026-03-02T01:30:00.000Z',
      changes: [],
    });
    const published: unknown[] = [];
    const publishMock = (base: number, answer: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
      request: { query: PublishCharterMutation, variables: (variables: { input: { baseVersion: number | null } }) => variables.input.baseVersion === base },
      result: (variables: Record<string, unknown>) => {
        published.push(variables);
        return answer as never;
      },
    });
    renderWithApp(<CharterEditPage />, {
      viewer: secretariat,
      route: '/charter/edit',
      mocks: [
        pageMock(charterVersion(3, SHORT)),
        publishMock(3, { errors: [{ message: 'stale', extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } }] }),
        pageMock(v4, [summary(4, v4.publishedAt, v4.changeNote), ...VERSIONS]),
        publishMock(4, { data: { publishCharter: { ...charterVersion(5, SHORT), changes: [] } } }),
        { ...pageMock(charterVersion(5, SHORT)), maxUsageCount: 5 },
      ],
    });

    const user = userEvent.setup();
    expect(await screen.findByText('以第 3 版为基础修订')).toBeInTheDocument();
    expect(screen.getAllByTestId('charter-editor-article')).toHaveLength(3);
    const title = within(screen.getByRole('group', { name: '第 1 条' })).getByLabelText('标题');
    await user.clear(title);
    await user.paste('宗旨与原则');
    await user.click(screen.getByLabelText('修订说明'));
    await user.paste('宗旨一条改名。');
    await user.click(screen.getByRole('button', { name: '发布新版本' }));

    const stale = await screen.findByTestId('charter-stale');
    expect(stale).toHaveTextContent('在您编辑期间，秘书处的其他人已经发布了新版本');
    expect(screen.getByRole('button', { name: '发布新版本' })).toBeDisabled();
    await user.click(within(stale).getByRole('button', { name: '载入最新版本（保留我的修改）' }));

    const reloaded = await screen.findByTestId('charter-reloaded');
    expect(reloaded).toHaveTextContent('已载入第 4 版（2026年3月2日 09:30 北京时间发布）');
    expect(reloaded).toHaveTextContent('第 4 版的修订说明：第 4 版：稿件共享改为每月。');
    // My draft still holds my title (article 1) and the version 3 text of article 3, which version 4 changed.
    expect(reloaded).toHaveTextContent('您的稿子与第 4 版不同的条款：第 1 条、第 3 条');
    expect(screen.getByText('以第 4 版为基础修订')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: '第 1 条' })).getByLabelText('标题')).toHaveValue('宗旨与原则');
    expect(screen.getByLabelText('修订说明')).toHaveValue('宗旨一条改名。');

    await user.click(screen.getByRole('button', { name: '发布新版本' }));
    expect(await screen.findByText('已发布第 5 版章程')).toBeInTheDocument();
    expect(published).toHaveLength(2);
    const last = published[1] as { input: { baseVersion: number; changeNote: string; articles: { number: number; title: string }[] } };
    expect(last.input.baseVersion).toBe(4);
    expect(last.input.changeNote).toBe('宗旨一条改名。');
    expect(last.input.articles.map((a) => `${a.number} ${a.title}`)).toEqual(['1 宗旨与原则', '2 平台共享', '3 稿件资源共享']);
  });

  it('adds, moves, renumbers and removes articles, and refuses a number used twice', { timeout: 180_000 }, async () => {
    const published: unknown[] = [];
    renderWithApp(<CharterEditPage />, {
      viewer: secretariat,
      route: '/charter/edit',
      mocks: [
        pageMock(charterVersion(3, SHORT)),
        {
          request: { query: PublishCharterMutation, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            published.push(variables);
            return { data: { publishCharter: { ...charterVersion(4, SHORT), changes: [] } } } as never;
          },
        },
        { ...pageMock(charterVersion(4, SHORT)), maxUsageCount: 5 },
      ],
    });
    const user = userEvent.setup();
    await screen.findByText('以第 3 版为基础修订');

    // Add article 4 at the end, then move it above article 3: the numbers stay with the places.
    await user.click(screen.getByRole('button', { name: /添加条款/ }));
    const added = within(await screen.findByRole('group', { name: '第 4 条' }));
    await user.click(added.getByLabelText('标题'));
    await user.paste('联络员');
    await user.click(added.getByLabelText('正文'));
    await user.paste('各成员单位指定一名联络员，负责日常沟通。');
    await user.click(added.getByRole('button', { name: '上移' }));
    expect(within(screen.getByRole('group', { name: '第 3 条' })).getByLabelText('标题')).toHaveValue('联络员');
    expect(within(screen.getByRole('group', { name: '第 4 条' })).getByLabelText('标题')).toHaveValue('稿件资源共享');

    // Remove article 1, and give article 2 the number 3 (taken): refused until renumbered.
    await user.click(within(screen.getByRole('group', { name: '第 1 条' })).getByRole('button', { name: '删除本条' }));
    const two = within(screen.getByRole('group', { name: '第 2 条' })).getByLabelText('条号');
    await user.clear(two);
    await user.type(two, '3');
    await user.click(screen.getByLabelText('修订说明'));
    await user.paste('调整条款顺序。');
    await user.click(screen.getByRole('button', { name: '发布新版本' }));
    expect((await screen.findAllByText('条号 3 重复了')).length).toBeGreaterThan(0);
    expect(published).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: /按顺序重新编号/ }));
    await user.click(screen.getByRole('button', { name: '发布新版本' }));
    expect(await screen.findByText('已发布第 4 版章程')).toBeInTheDocument();
    const input = (published[0] as { input: { articles: { number: number; title: string; area: string | null }[] } }).input;
    expect(input.articles.map((a) => `${a.number} ${a.title}`)).toEqual(['1 平台共享', '2 联络员', '3 稿件资源共享']);
    expect(input.articles[1]!.area).toBeNull();
    expect(input.articles[0]!.area).toBe('PLATFORM');
  });

  it('asks before leaving with unsaved changes, keeps them on "stay", and lets an untouched editor go without asking', async () => {
    const view = (mocks: MockLink.MockedResponse[]) =>
      renderWithApp(<CharterEditPage />, { viewer: secretariat, route: '/charter/edit', path: '/charter/edit', mocks });
    const user = userEvent.setup();

    const untouched = view([pageMock(charterVersion(3, SHORT))]);
    await screen.findByText('以第 3 版为基础修订');
    await user.click(screen.getByRole('link', { name: '放弃修改' }));
    await screen.findByTestId('other-page');
    expect(screen.queryByText('离开此页？')).not.toBeInTheDocument();
    untouched.unmount();

    view([pageMock(charterVersion(3, SHORT))]);
    await screen.findByText('以第 3 版为基础修订');
    await user.click(screen.getByLabelText('修订说明'));
    await user.paste('尚未发布的修改。');
    await user.click(screen.getByRole('link', { name: '放弃修改' }));
    const ask = await screen.findByRole('dialog', { name: '离开此页？' });
    expect(ask).toHaveTextContent('您的修改还没有保存，离开后将丢失。');
    await user.click(within(ask).getByRole('button', { name: '留在此页' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '离开此页？' })).not.toBeInTheDocument());
    expect(screen.getByLabelText('修订说明')).toHaveValue('尚未发布的修改。');

    await user.click(screen.getByRole('link', { name: '放弃修改' }));
    await user.click(within(await screen.findByRole('dialog', { name: '离开此页？' })).getByRole('button', { name: '放弃修改并离开' }));
    await screen.findByTestId('other-page');
  });
});
