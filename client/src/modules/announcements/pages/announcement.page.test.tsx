import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeViewer, renderWithApp } from '@/test/render';
import { AnnouncementPageQuery, AnnouncementReceiptsQuery, AnnouncementsPageQuery, MarkAnnouncementReadMutation } from '../announcement-fragments';
import { AnnouncementPage } from './announcement.page';
import { AnnouncementsPage } from './announcements.page';

const ANNOUNCEMENT = {
  __typename: 'Announcement' as const,
  id: 'a-1',
  title: '关于报送年度融合创新项目的通知',
  body: '请各成员单位于月底前报送。\n\n联系人：秘书处。',
  important: true,
  audience: 'PROVINCES' as const,
  state: 'PUBLISHED' as const,
  postedAt: '2026-11-30T02:00:00.000Z',
  updatedAt: '2026-11-30T02:00:00.000Z',
  withdrawnAt: null,
  version: 1,
  viewerReadAt: null,
  recipientCount: null,
  readMemberCount: null,
  viewerActions: [],
  provinces: [{ __typename: 'Province' as const, code: '420000', nameZh: '湖北省', nameEn: 'Hubei' }],
  postedBy: { __typename: 'Person' as const, id: 'u-s', displayName: '联盟秘书处' },
};

const JINGZHOU = {
  __typename: 'Member' as const,
  id: 'm-jingzhou',
  nameZh: '荆州日报社',
  nameEn: 'Jingzhou Daily',
  province: { __typename: 'Province' as const, code: '420000', nameZh: '湖北省', nameEn: 'Hubei' },
};

describe('AnnouncementPage', () => {
  it("opens for a member's staff in paragraphs and counts as read for their member", async () => {
    const marked = vi.fn(() => ({ data: { markAnnouncementRead: { __typename: 'Announcement' as const, id: 'a-1', viewerReadAt: '2026-11-30T03:00:00.000Z' } } }));
    renderWithApp(<AnnouncementPage />, {
      viewer: makeViewer({ role: 'EDITOR' }),
      route: '/announcements/a-1',
      path: '/announcements/:id',
      mocks: [
        { request: { query: AnnouncementPageQuery, variables: { id: 'a-1' } }, result: { data: { announcement: ANNOUNCEMENT } } },
        { request: { query: MarkAnnouncementReadMutation, variables: { id: 'a-1' } }, result: marked },
      ],
    });
    const body = await screen.findByTestId('announcement-body');
    expect(within(body).getAllByText(/./, { selector: 'p' }).map((p) => p.textContent)).toEqual(['请各成员单位于月底前报送。', '联系人：秘书处。']);
    expect(screen.getByText('湖北省的成员单位')).toBeInTheDocument();
    expect(screen.getByText('重要')).toBeInTheDocument();
    await waitFor(() => expect(marked).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('button', { name: /撤回/ })).toBeNull();
    expect(screen.queryByTestId('announcement-receipts')).toBeNull();
  });

  it('shows the secretariat the read receipts, who read and when, and never counts its own reading', async () => {
    const marked = vi.fn(() => ({ data: { markAnnouncementRead: { __typename: 'Announcement' as const, id: 'a-1', viewerReadAt: null } } }));
    renderWithApp(<AnnouncementPage />, {
      viewer: makeViewer({ role: 'SECRETARIAT' }),
      route: '/announcements/a-1',
      path: '/announcements/:id',
      mocks: [
        {
          request: { query: AnnouncementPageQuery, variables: { id: 'a-1' } },
          result: { data: { announcement: { ...ANNOUNCEMENT, recipientCount: 8, readMemberCount: 1, viewerActions: ['EDIT', 'WITHDRAW', 'SEE_RECEIPTS'] } } },
        },
        { request: { query: MarkAnnouncementReadMutation, variables: { id: 'a-1' } }, result: marked },
        {
          request: { query: AnnouncementReceiptsQuery, variables: { id: 'a-1', filter: 'READ', first: 50 } },
          result: {
            data: {
              announcementReceipts: {
                __typename: 'AnnouncementReceiptConnection' as const,
                totalCount: 1,
                pageInfo: { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false },
                nodes: [
                  {
                    __typename: 'AnnouncementReceipt' as const,
                    firstReadAt: '2026-11-30T03:00:00.000Z',
                    readerCount: 1,
                    member: JINGZHOU,
                    readers: [{ __typename: 'AnnouncementReader' as const, readAt: '2026-11-30T03:00:00.000Z', person: { __typename: 'Person' as const, id: 'u-e', displayName: '刘编辑' } }],
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const receipts = await screen.findByTestId('announcement-receipts');
    expect(within(receipts).getByText('已读（1）')).toBeInTheDocument();
    expect(within(receipts).getByText('未读（7）')).toBeInTheDocument();
    const table = await within(receipts).findByTestId('receipts-read');
    expect(within(table).getByRole('link', { name: '荆州日报社' })).toHaveAttribute('href', '/members/m-jingzhou');
    expect(within(table).getByText('刘编辑')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /撤回/ })).toBeInTheDocument();
    expect(marked).not.toHaveBeenCalled();
  });
});

describe('AnnouncementsPage', () => {
  it('marks unread ones for members’ staff and offers no posting', async () => {
    renderWithApp(<AnnouncementsPage />, {
      viewer: makeViewer({ role: 'REPORTER' }),
      mocks: [
        {
          request: { query: AnnouncementsPageQuery, variables: { unreadOnly: false, first: 20 } },
          result: {
            data: {
              announcements: {
                __typename: 'AnnouncementConnection' as const,
                totalCount: 2,
                unreadCount: 1,
                pageInfo: { __typename: 'PageInfo' as const, endCursor: 'c', hasNextPage: false },
                nodes: [ANNOUNCEMENT, { ...ANNOUNCEMENT, id: 'a-2', title: '年会通知', important: false, audience: 'ALL' as const, provinces: [], viewerReadAt: '2026-11-30T03:00:00.000Z' }],
              },
            },
          },
        },
      ],
    });
    const rows = await screen.findAllByTestId('announcement-row');
    expect(within(rows[0]!).getByText('未读')).toBeInTheDocument();
    expect(within(rows[1]!).queryByText('未读')).toBeNull();
    expect(within(rows[1]!).getByText(/全体成员单位/)).toBeInTheDocument();
    expect(screen.getByText(/1 条未读/)).toBeInTheDocument();
    expect(screen.queryByTestId('announcement-post')).toBeNull();
  });
});
