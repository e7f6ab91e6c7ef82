import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '@/__generated__';
import { AttachedFileFragment } from '@/modules/files/components/attached-files';
import { renderWithApp } from '@/test/render';
import { ClaimFiles, ClaimFilesFragment, RemoveClaimFileMutation } from './claim-files';

const PHOTO = { __typename: 'AttachedFile' as const, id: 'f-photo', name: '江滩-现场.jpg', size: 2_400_000, kind: 'IMAGE' as const, url: '/files/f-photo', thumbnailUrl: '/files/f-photo/thumbnail' };
const VIDEO = { __typename: 'AttachedFile' as const, id: 'f-video', name: '岸线航拍.mp4', size: 734_003_200, kind: 'VIDEO' as const, url: '/files/f-video', thumbnailUrl: null };

const claimWith = (viewerMayRemoveFiles: boolean, files = [PHOTO, VIDEO]) =>
  makeFragmentData(
    { __typename: 'Claim', id: 'c-1', viewerMayRemoveFiles, files: files.map((file) => ({ ...makeFragmentData(file, AttachedFileFragment), __typename: 'AttachedFile' as const, id: file.id })) },
    ClaimFilesFragment,
  );

describe('ClaimFiles', () => {
  it('shows a thumbnail for a photo and name and size for a video, each a download; no delete for a reviewer', () => {
    renderWithApp(<ClaimFiles claim={claimWith(false)} />);
    const photo = screen.getByRole('link', { name: /^下载\s?江滩-现场\.jpg/ });
    expect(photo).toHaveAttribute('href', '/files/f-photo');
    expect(photo).toHaveAttribute('download', '江滩-现场.jpg');
    expect(photo.querySelector('img')).toHaveAttribute('src', '/files/f-photo/thumbnail');
    const video = screen.getByRole('link', { name: /^下载\s?岸线航拍\.mp4/ });
    expect(video.querySelector('img')).toBeNull();
    expect(within(video).getByText('700 MB')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /删除附件/ })).toBeNull();
  });

  it('lets the reporter delete a file after confirming, and shows what the server returns', async () => {
    const removed = vi.fn(() => ({
      data: {
        removeClaimFile: { __typename: 'Claim' as const, id: 'c-1', version: 4, viewerMayRemoveFiles: true, files: [{ ...PHOTO }] },
      },
    }));
    renderWithApp(<ClaimFiles claim={claimWith(true)} />, { mocks: [{ request: { query: RemoveClaimFileMutation, variables: { fileId: 'f-video' } }, result: removed }] });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '删除附件 岸线航拍.mp4' }));
    expect(await screen.findByText('删除附件“岸线航拍.mp4”？删除后无法恢复。')).toBeInTheDocument();
    expect(removed).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '确定' }));
    await waitFor(() => expect(removed).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('附件已删除')).toBeInTheDocument();
  });

  it('shows nothing when no file is attached', () => {
    renderWithApp(<ClaimFiles claim={claimWith(true, [])} />);
    expect(screen.queryByTestId('claim-files')).toBeNull();
  });
});
