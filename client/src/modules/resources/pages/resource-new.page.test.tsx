import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RESOURCE_LIMITS } from '@yah/shared';
import { CoverageProvincesQuery } from '@/modules/topics/hooks/use-provinces';
import { makeViewer, renderWithApp } from '@/test/render';
import { ResourceNewPage, ShareResourceMutation } from './resource-new.page';

const provinces: MockLink.MockedResponse = { request: { query: CoverageProvincesQuery }, result: { data: { provinces: [] } } };

/** Typing each character re-renders antd's form many times: paste the text in one go. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string): Promise<void> {
  await user.click(input);
  await user.paste(text);
}

function fieldError(label: string | RegExp): HTMLElement | null {
  const input = screen.getByLabelText(label, { selector: 'input, textarea' });
  return input.closest('.ant-form-item')?.querySelector('.ant-form-item-explain') ?? null;
}

// antd forms are slow in jsdom, and this machine's two cores are shared: give each flow room.
const SLOW = { timeout: 60_000 };

describe('share form', () => {
  it('asks for what the area needs before sending anything: title, description, and a period for a capacity', SLOW, async () => {
    const user = userEvent.setup();
    renderWithApp(<ResourceNewPage />, {
      viewer: makeViewer({ role: 'EDITOR' }),
      route: '/resources/new?area=CHANNEL',
      mocks: [provinces],
    });
    // A channel offer has terms and capacity, not a body.
    expect(await screen.findByLabelText(/^使用条件/)).toBeInTheDocument();
    expect(screen.queryByText('正文')).not.toBeInTheDocument();

    await fill(user, screen.getByLabelText('标题'), '公');
    await fill(user, screen.getByLabelText(/^每期可提供次数/), '4');
    await user.click(screen.getByRole('button', { name: '提供' }));

    await waitFor(() => expect(fieldError('标题')).toHaveTextContent(`至少 ${RESOURCE_LIMITS.title.min} 个字符`));
    await waitFor(() => expect(fieldError('资源说明')).toHaveTextContent('请填写“资源说明”'));
    await waitFor(() => expect(screen.getByText(/^请选择“.+”$/)).toBeInTheDocument());
  });

  it('puts the server’s verdict on the field it names', SLOW, async () => {
    const user = userEvent.setup();
    renderWithApp(<ResourceNewPage />, {
      viewer: makeViewer({ role: 'EDITOR' }),
      route: '/resources/new?area=TECH_SERVICE',
      mocks: [
        provinces,
        {
          // What the form sends for a technical service: its own fields, no library-piece fields.
          request: {
            query: ShareResourceMutation,
            variables: ({ input }) =>
              input.area === 'TECH_SERVICE' && input.contact === '王工 138' && input.capacityPerPeriod === null && input.body === undefined,
          },
          result: {
            errors: [
              new GraphQLError('Argument Validation Error', {
                extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.contact', message: 'contact must be shorter' }] },
              }),
            ],
          },
        },
      ],
    });
    await fill(user, await screen.findByLabelText('标题'), '无人机航拍服务');
    await fill(user, screen.getByLabelText('资源说明'), '大疆 M300 两架，含飞手');
    await fill(user, screen.getByLabelText(/^联系人及方式/), '王工 138');
    await user.click(screen.getByRole('button', { name: '提供' }));
    await waitFor(() => expect(fieldError(/^联系人及方式/)).toHaveTextContent('contact must be shorter'));
  });

  it('offers a library piece a labelled rich-text body and a Beijing-time embargo, and only editors may offer', SLOW, async () => {
    const { unmount } = renderWithApp(<ResourceNewPage />, {
      viewer: makeViewer({ role: 'EDITOR' }),
      route: '/resources/new?area=CONTENT',
      mocks: [provinces],
    });
    expect(await screen.findByRole('toolbar', { name: '正文格式' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '正文' })).toBeInTheDocument();
    expect(screen.getByText('禁发至（北京时间）')).toBeInTheDocument();
    unmount();

    renderWithApp(<ResourceNewPage />, { viewer: makeViewer({ role: 'REPORTER' }), route: '/resources/new', mocks: [provinces] });
    expect(await screen.findByText('只有成员单位的编辑和总编辑可以提供共享资源。')).toBeInTheDocument();
  });
});
