import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeViewer, renderWithApp } from '@/test/render';
import type { UploadCallbacks } from '@/modules/files/upload-file';
import { EvidenceSubmitModal, SubmitCommitmentEvidenceMutation } from './evidence-submit-modal';

// Test files share one module cache (isolate: false): load this file's modules afresh, so the mock below is what they get.
vi.hoisted(() => vi.resetModules());

/** Each upload the form starts, to be finished or failed by the test. */
const started: { file: File; callbacks: UploadCallbacks; cancel: ReturnType<typeof vi.fn> }[] = [];
vi.mock('@/modules/files/upload-file', async (original) => ({
  ...(await original<typeof import('@/modules/files/upload-file')>()),
  uploadFile: (file: File, callbacks: UploadCallbacks) => {
    const cancel = vi.fn();
    started.push({ file, callbacks, cancel });
    return { cancel };
  },
}));

const COMMITMENT = { id: 'c-training', title: '承办一次联盟培训' };
const TEXT = '2026年3月承办短视频采编培训。';

const submitted = (fileIds: string[]): MockLink.MockedResponse => ({
  request: { query: SubmitCommitmentEvidenceMutation, variables: { input: { commitmentId: COMMITMENT.id, memberId: null, text: TEXT, links: [], fileIds } } },
  result: {
    data: {
      submitCommitmentEvidence: {
        __typename: 'CommitmentEvidence',
        id: 'e-new',
        text: TEXT,
        links: [],
        files: fileIds.map((id) => ({ __typename: 'AttachedFile', id, name: 'photo.jpg', size: 3, kind: 'IMAGE', url: `/files/${id}`, thumbnailUrl: null })),
        state: 'SUBMITTED',
        createdAt: '2026-03-20T02:15:00.000Z',
        decidedAt: null,
        decisionNote: null,
        version: 1,
        member: { __typename: 'Member', id: 'm-jingzhou', nameZh: '荆州市融媒体中心', nameEn: 'Jingzhou' },
        submittedBy: { __typename: 'User', id: 'u-chief', displayName: '王总编' },
        decidedBy: null,
        commitment: { __typename: 'Commitment', id: COMMITMENT.id, title: COMMITMENT.title, period: { __typename: 'Period', id: 'p-2026', kind: 'YEAR', year: 2026, quarter: null } },
      },
    },
  },
});

const pick = (files: File[]) => {
  const input = document.querySelector<HTMLInputElement>('[data-testid="file-picker"] input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files } });
};
const picked = () => screen.getAllByTestId('picked-file');

describe('EvidenceSubmitModal with files', () => {
  beforeEach(() => {
    started.length = 0;
  });

  it('uploads picked files with progress, waits for them, and sends their ids with the evidence', { timeout: 90_000 }, async () => {
    const onClose = vi.fn();
    renderWithApp(<EvidenceSubmitModal commitment={COMMITMENT} chooseMember={false} onClose={onClose} />, { viewer: makeViewer(), mocks: [submitted(['f-1'])] });
    await userEvent.type(await screen.findByLabelText('完成情况'), TEXT);
    pick([new File(['jpg'], 'photo.jpg', { type: 'image/jpeg' }), new File(['<html>'], 'page.html', { type: 'text/html' })]);

    // The page is refused before any byte is sent; the photo uploads.
    await waitFor(() => expect(picked()).toHaveLength(2));
    expect(started.map((upload) => upload.file.name)).toEqual(['photo.jpg']);
    expect(picked()[1]).toHaveAttribute('data-status', 'error');
    expect(within(picked()[1]!).getByText(/不支持这种文件/)).toBeInTheDocument();
    fireEvent.click(within(picked()[1]!).getByRole('button', { name: '移除 page.html' }));
    await waitFor(() => expect(picked()).toHaveLength(1));

    started[0]!.callbacks.onProgress(1, 2);
    expect(await screen.findByLabelText('正在上传 50%')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '提交佐证' }));
    expect(await screen.findByText('请等待文件上传完成，或移除未完成的文件')).toBeInTheDocument();

    started[0]!.callbacks.onSuccess('f-1');
    await waitFor(() => expect(picked()[0]).toHaveAttribute('data-status', 'done'));
    fireEvent.click(screen.getByRole('button', { name: '提交佐证' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('shows why an upload failed and retries it; removing one cancels it', { timeout: 30_000 }, async () => {
    renderWithApp(<EvidenceSubmitModal commitment={COMMITMENT} chooseMember={false} onClose={() => undefined} />, { viewer: makeViewer() });
    pick([new File(['%PDF'], 'list.pdf', { type: 'application/pdf' }), new File(['a'], 'b.txt', { type: 'text/plain' })]);
    await waitFor(() => expect(started).toHaveLength(2));
    started[0]!.callbacks.onError(null);
    expect(await within(picked()[0]!).findByText('上传失败')).toBeInTheDocument();
    fireEvent.click(within(picked()[0]!).getByRole('button', { name: /重试/ }));
    await waitFor(() => expect(started).toHaveLength(3));
    expect(started[2]!.file.name).toBe('list.pdf');
    expect(picked()[0]).toHaveAttribute('data-status', 'uploading');

    fireEvent.click(within(picked()[1]!).getByRole('button', { name: '移除 b.txt' }));
    expect(started[1]!.cancel).toHaveBeenCalled();
  });

  it('starts empty again after it is closed, stopping what was still uploading', { timeout: 30_000 }, async () => {
    function Reopened() {
      const [open, setOpen] = useState(true);
      return (
        <>
          <button onClick={() => setOpen(true)}>reopen</button>
          <EvidenceSubmitModal commitment={open ? COMMITMENT : null} chooseMember={false} onClose={() => setOpen(false)} />
        </>
      );
    }
    renderWithApp(<Reopened />, { viewer: makeViewer() });
    pick([new File(['a'], 'a.txt', { type: 'text/plain' })]);
    await waitFor(() => expect(started).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: /取\s*消/ }));
    expect(started[0]!.cancel).toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByTestId('file-picker')).not.toBeInTheDocument());
    fireEvent.click(screen.getByRole('button', { name: 'reopen', hidden: true }));
    await screen.findByTestId('file-picker');
    expect(screen.queryAllByTestId('picked-file')).toHaveLength(0);
  });
});
