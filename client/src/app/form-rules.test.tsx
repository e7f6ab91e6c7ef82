import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '@/app/i18n/i18n';
import { renderWithApp } from '@/test/render';
import { requiredRule, selectRequiredRule } from './form-rules';
import { useLocalizedForm } from './use-localized-form';

function NameForm() {
  const { t } = useTranslation();
  const [form] = useLocalizedForm<{ name: string; role: string }>();
  return (
    <Form form={form} layout="vertical">
      <Form.Item name="name" label={t('accounts.form.displayName')} rules={[requiredRule(t)]}>
        <Input />
      </Form.Item>
      <Form.Item name="role" label={t('accounts.form.role')} rules={[selectRequiredRule(t)]}>
        <Input />
      </Form.Item>
      <Button htmlType="submit">ok</Button>
    </Form>
  );
}

afterEach(async () => {
  await act(() => applyLocale('zh-CN'));
});

describe('form validation messages', () => {
  it('name the field, in Chinese and in English', async () => {
    const user = userEvent.setup();
    renderWithApp(<NameForm />);
    await user.click(screen.getByRole('button', { name: 'ok' }));
    expect(await screen.findByText('请填写“姓名”')).toBeInTheDocument();
    expect(screen.getByText('请选择“角色”')).toBeInTheDocument();
  });

  it('follow a switch to English on the problems already shown', async () => {
    const user = userEvent.setup();
    renderWithApp(<NameForm />);
    await user.click(screen.getByRole('button', { name: 'ok' }));
    expect(await screen.findByText('请填写“姓名”')).toBeInTheDocument();
    await act(() => applyLocale('en'));
    expect(await screen.findByText('Name is required')).toBeInTheDocument();
    expect(screen.getByText('Role: choose one')).toBeInTheDocument();
    expect(screen.queryByText('请填写“姓名”')).toBeNull();
  });
});
