import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { COVERAGE_LIMITS } from '@yah/shared';
import { renderWithApp } from '@/test/render';
import { SubmitClaimModal, SubmitClaimMutation } from './submit-claim-modal';

const FRESH = { id: 'c-1', title: '荆州古城墙航拍', reviewComment: null, submissionText: null, submissionLinks: [] };
const SENT_BACK = {
  id: 'c-1',
  title: '荆州古城墙航拍',
  reviewComment: '请补充东门的全景照片，并标注拍摄时间。',
  submissionText: '古城墙航拍组图 12 张',
  submissionLinks: ['https://pan.example.com/s/abc'],
};

function submitted(text: string, links: string[]) {
  return vi.fn(() => ({
    data: {
      submitClaim: {
        __typename: 'Claim' as const,
        id: 'c-1',
        state: 'SUBMITTED' as const,
        submissionText: text,
        submissionLinks: links,
        submittedAt: '2026-12-17T09:00:00.000Z',
        reviewComment: null,
        version: 3,
        viewerMayRemoveFiles: true,
        files: [],
      },
    },
  }));
}

describe('SubmitClaimModal', () => {
  it('requires the text and checks every link before sending anything', async () => {
    const sent = submitted('古城墙航拍组图 12 张', ['https://pan.example.com/s/abc']);
    const onSubmitted = vi.fn();
    renderWithApp(<SubmitClaimModal open claim={FRESH} onClose={vi.fn()} onSubmitted={onSubmitted} />, {
      mocks: [
        {
          request: {
            query: SubmitClaimMutation,
            variables: { claimId: 'c-1', input: { text: '古城墙航拍组图 12 张', links: ['https://pan.example.com/s/abc'], fileIds: [] } },
          },
          result: sent,
        },
      ],
    });
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('提交稿件：荆州古城墙航拍')).toBeInTheDocument();
    expect(within(dialog).queryByTestId('editor-comment')).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: '提交稿件' }));
    expect(await within(dialog).findByText('请填写“稿件正文或说明”')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('稿件正文或说明'), '  古城墙航拍组图 12 张  ');
    await user.click(within(dialog).getByRole('button', { name: /添加链接/ }));
    await user.type(within(dialog).getByLabelText('链接 1'), 'pan.example.com/s/abc');
    await user.click(within(dialog).getByRole('button', { name: '提交稿件' }));
    expect(await within(dialog).findByText('请输入以 http:// 或 https:// 开头的链接')).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();

    await user.clear(within(dialog).getByLabelText('链接 1'));
    await user.type(within(dialog).getByLabelText('链接 1'), 'https://pan.example.com/s/abc');
    await user.click(within(dialog).getByRole('button', { name: '提交稿件' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('稿件已提交，等待编辑审核')).toBeInTheDocument();
    expect(onSubmitted).toHaveBeenCalledTimes(1);
  });

  it('offers at most the shared number of links', async () => {
    renderWithApp(<SubmitClaimModal open claim={FRESH} onClose={vi.fn()} />);
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog');
    for (let index = 0; index < COVERAGE_LIMITS.submissionLinks.max; index += 1) {
      await user.click(within(dialog).getByRole('button', { name: /添加链接/ }));
    }
    expect(within(dialog).getByLabelText(`链接 ${COVERAGE_LIMITS.submissionLinks.max}`)).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: /添加链接/ })).toBeNull();
  });

  it("shows the editor's comment on a resubmission and starts from the last submission", async () => {
    const sent = submitted('古城墙航拍组图 12 张，补东门全景', ['https://pan.example.com/s/abc']);
    renderWithApp(<SubmitClaimModal open claim={SENT_BACK} onClose={vi.fn()} />, {
      mocks: [
        {
          request: {
            query: SubmitClaimMutation,
            variables: {
              claimId: 'c-1',
              input: { text: '古城墙航拍组图 12 张，补东门全景', links: ['https://pan.example.com/s/abc'], fileIds: [] },
            },
          },
          result: sent,
        },
      ],
    });
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('修改后重新提交：荆州古城墙航拍')).toBeInTheDocument();
    expect(within(dialog).getByTestId('editor-comment')).toHaveTextContent('请补充东门的全景照片，并标注拍摄时间。');
    expect(within(dialog).getByLabelText('稿件正文或说明')).toHaveValue('古城墙航拍组图 12 张');
    expect(within(dialog).getByLabelText('链接 1')).toHaveValue('https://pan.example.com/s/abc');

    await user.clear(within(dialog).getByLabelText('稿件正文或说明'));
    await user.click(within(dialog).getByRole('button', { name: '重新提交' }));
    expect(await within(dialog).findByText('请填写“稿件正文或说明”')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('稿件正文或说明'), '古城墙航拍组图 12 张，补东门全景');
    await user.click(within(dialog).getByRole('button', { name: '重新提交' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('已重新提交，等待编辑审核')).toBeInTheDocument();
  });
});
