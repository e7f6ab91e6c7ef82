import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '@yah/shared';
import { renderWithApp } from '@/test/render';
import { grantableRoles } from '../account-roles';
import { AddAccountModal, CreateAccountMutation, generatePassword } from './add-account-modal';

const JINGZHOU = { id: 'm-jingzhou', name: '荆州市融媒体中心', isSecretariat: false };
const SECRETARIAT = { id: 'm-secretariat', name: '联盟秘书处', isSecretariat: true };

async function roleOptions(): Promise<string[]> {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: '角色' }));
  await waitFor(() => expect(document.querySelector('.ant-select-dropdown')).not.toBeNull());
  return Array.from(document.querySelectorAll('.ant-select-item-option')).map((option) => option.textContent ?? '');
}

function renderModal(viewerRole: Role, member: typeof JINGZHOU, onCreated = vi.fn()) {
  return renderWithApp(
    <AddAccountModal open onClose={vi.fn()} member={member} viewerRole={viewerRole} onCreated={onCreated} />,
    { mocks: [] },
  );
}

describe('grantableRoles', () => {
  it('lets the secretariat give any role, SECRETARIAT only on the secretariat member', () => {
    expect(grantableRoles('SECRETARIAT', true)).toEqual(['SECRETARIAT', 'CHIEF_EDITOR', 'EDITOR', 'REPORTER']);
    expect(grantableRoles('SECRETARIAT', false)).toEqual(['CHIEF_EDITOR', 'EDITOR', 'REPORTER']);
  });

  it('never lets a chief editor give SECRETARIAT, and others nothing', () => {
    expect(grantableRoles('CHIEF_EDITOR', false)).toEqual(['CHIEF_EDITOR', 'EDITOR', 'REPORTER']);
    expect(grantableRoles('CHIEF_EDITOR', true)).toEqual(['CHIEF_EDITOR', 'EDITOR', 'REPORTER']);
    expect(grantableRoles('EDITOR', false)).toEqual([]);
    expect(grantableRoles('REPORTER', false)).toEqual([]);
  });
});

describe('AddAccountModal role options', () => {
  it('offers a chief editor no SECRETARIAT role', async () => {
    renderModal('CHIEF_EDITOR', JINGZHOU);
    expect(await roleOptions()).toEqual(['总编辑', '编辑', '记者']);
  });

  it('offers the secretariat every role on the secretariat member', async () => {
    renderModal('SECRETARIAT', SECRETARIAT);
    expect(await roleOptions()).toEqual(['联盟秘书处', '总编辑', '编辑', '记者']);
  });

  it('offers the secretariat no SECRETARIAT role on an ordinary member', async () => {
    renderModal('SECRETARIAT', JINGZHOU);
    expect(await roleOptions()).toEqual(['总编辑', '编辑', '记者']);
  });
});

describe('AddAccountModal', () => {
  it('checks the initial password against the shared 12–128 limit', async () => {
    renderModal('CHIEF_EDITOR', JINGZHOU);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('登录邮箱'), 'new.reporter@demo.example');
    await user.type(screen.getByLabelText('姓名'), '新记者');
    await user.type(screen.getByLabelText('初始密码'), 'too-short');
    await user.click(screen.getByRole('button', { name: '创建账号' }));
    expect(await screen.findByText('至少 12 个字符')).toBeInTheDocument();
  });

  it('creates the account and puts EMAIL_TAKEN on the email field', async () => {
    const input = {
      memberId: 'm-jingzhou',
      email: 'taken@demo.example',
      displayName: '新记者',
      role: 'REPORTER',
      password: 'a-long-enough-password',
      locale: 'zh-CN',
    };
    renderWithApp(<AddAccountModal open onClose={vi.fn()} member={JINGZHOU} viewerRole="CHIEF_EDITOR" />, {
      mocks: [
        {
          request: { query: CreateAccountMutation, variables: { input } },
          result: {
            errors: [{ message: 'Email taken', extensions: { code: 'CONFLICT', reason: 'EMAIL_TAKEN' } }],
          },
        },
      ],
    });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('登录邮箱'), input.email);
    await user.type(screen.getByLabelText('姓名'), input.displayName);
    await user.type(screen.getByLabelText('初始密码'), input.password);
    await user.click(screen.getByRole('button', { name: '创建账号' }));
    // The role must be chosen: nothing is preselected.
    expect(await screen.findByText('请选择“角色”')).toBeInTheDocument();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '角色' }));
    await user.click(await screen.findByTitle('记者'));
    await user.click(screen.getByRole('button', { name: '创建账号' }));
    expect(await screen.findByText('该邮箱已被其他账号使用。')).toBeInTheDocument();
  });

  it('generates strong passwords', () => {
    const password = generatePassword();
    expect(password).toHaveLength(16);
    expect(generatePassword()).not.toBe(password);
  });
});
