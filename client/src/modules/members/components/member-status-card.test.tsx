import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/test/render';
import { MemberStatusSection, ReactivateMemberMutation, SuspendMemberMutation } from './member-status-card';

const ACTIVE = { id: 'm-changde', name: '常德市融媒体中心', status: 'ACTIVE' as const, statusReason: null, statusChangedAt: null };
const SUSPENDED = { ...ACTIVE, status: 'SUSPENDED' as const, statusReason: '连续两个季度未履行联盟承诺', statusChangedAt: '2026-12-01T02:00:00.000Z' };
const answer = (field: string, status: string, statusReason: string, statusChangedAt: string) => ({
  data: { [field]: { __typename: 'Member', id: ACTIVE.id, status, statusReason, statusChangedAt } },
});

describe('MemberStatusSection', () => {
  it('lets the secretariat suspend a member, but only with a reason', async () => {
    renderWithApp(<MemberStatusSection member={ACTIVE} canChange />, {
      mocks: [
        {
          request: { query: SuspendMemberMutation, variables: { memberId: ACTIVE.id, reason: '连续两个季度未履行联盟承诺' } },
          result: answer('suspendMember', 'SUSPENDED', SUSPENDED.statusReason, SUSPENDED.statusChangedAt),
        },
      ],
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '暂停成员单位' }));
    expect(await screen.findByText('暂停 常德市融媒体中心？')).toBeInTheDocument();
    const confirm = screen.getAllByRole('button', { name: '暂停成员单位' }).at(-1)!;
    await user.click(confirm);
    expect(await screen.findByText('请填写原因（至少 2 个字符）')).toBeInTheDocument();
    await user.type(screen.getByLabelText('原因'), '连续两个季度未履行联盟承诺');
    await user.click(confirm);
    expect(await screen.findByText('已暂停 常德市融媒体中心')).toBeInTheDocument();
  });

  it('marks a suspended member for everyone, with the reason; only the secretariat may reactivate', async () => {
    const { unmount } = renderWithApp(<MemberStatusSection member={SUSPENDED} canChange={false} />);
    expect(screen.getByText('该成员单位已被联盟秘书处暂停，其账号目前无法登录；历史记录仍然保留。')).toBeInTheDocument();
    expect(screen.getByText(/原因：连续两个季度未履行联盟承诺 · 12月1日 10:00（北京时间）/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '恢复成员单位' })).not.toBeInTheDocument();
    unmount();

    renderWithApp(<MemberStatusSection member={SUSPENDED} canChange />, {
      mocks: [
        {
          request: { query: ReactivateMemberMutation, variables: { memberId: SUSPENDED.id, reason: '已完成整改' } },
          result: answer('reactivateMember', 'ACTIVE', '已完成整改', '2026-12-01T03:00:00.000Z'),
        },
      ],
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '恢复成员单位' }));
    await user.type(await screen.findByLabelText('原因'), '已完成整改');
    await user.click(screen.getAllByRole('button', { name: '恢复成员单位' }).at(-1)!);
    await waitFor(() => expect(screen.getByText('已恢复 常德市融媒体中心')).toBeInTheDocument());
  });

  it('shows nothing for an active member to those who cannot change it', () => {
    renderWithApp(<MemberStatusSection member={ACTIVE} canChange={false} />);
    expect(screen.queryByTestId('member-status')).not.toBeInTheDocument();
  });
});
