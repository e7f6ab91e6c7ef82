import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_RESET } from '@yah/shared';
import { graphql } from '@/__generated__';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { formatAllianceTime } from '@/app/time/alliance-time';

export const IssuePasswordResetMutation = graphql(`
  mutation IssuePasswordReset($userId: ID!) {
    issuePasswordReset(userId: $userId) {
      token
      path
      expiresAt
    }
  }
`);

interface Issued {
  url: string;
  expiresAt: string;
}

/**
 * For the secretariat and a member's chief editor: issue a one-time reset link for an account and show it once, with a
 * copy button (no mail server: the issuer hands it over). Issuing again replaces the earlier link.
 */
export function ResetLinkButton({ account }: { account: { id: string; displayName: string; active: boolean } }) {
  const { t } = useTranslation();
  const { isEnglish } = useLocalized();
  const { message } = App.useApp();
  const [confirming, setConfirming] = useState(false);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [copied, setCopied] = useState(false);
  const [issue, { loading }] = useMutation(IssuePasswordResetMutation);

  const create = async () => {
    try {
      const { data } = await issue({ variables: { userId: account.id } });
      if (!data) return;
      setIssued({ url: new URL(data.issuePasswordReset.path, window.location.origin).toString(), expiresAt: data.issuePasswordReset.expiresAt });
      setConfirming(false);
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    }
  };

  const copy = async () => {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.url);
      setCopied(true);
    } catch {
      // No clipboard (an old browser, a page without permission): the link is selected for a manual copy.
      (document.getElementById(`reset-link-${account.id}`) as HTMLInputElement | null)?.select();
    }
  };

  const close = () => {
    setIssued(null);
    setCopied(false);
  };

  return (
    <>
      <Button size="small" disabled={!account.active} onClick={() => setConfirming(true)} aria-label={t('resetLink.issueFor', { name: account.displayName })}>
        {t('resetLink.issue')}
      </Button>
      <Modal
        open={confirming}
        title={t('resetLink.confirmTitle', { name: account.displayName })}
        okText={t('resetLink.generate')}
        cancelText={t('common.cancel')}
        confirmLoading={loading}
        onOk={() => void create()}
        onCancel={() => setConfirming(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('resetLink.confirmHelp', { hours: PASSWORD_RESET.ttlHours })}</Typography.Paragraph>
      </Modal>
      <Modal
        open={issued !== null}
        title={t('resetLink.title')}
        onCancel={close}
        footer={
          <Button type="primary" onClick={close}>
            {t('resetLink.done')}
          </Button>
        }
        destroyOnHidden
      >
        {issued && (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Alert type="warning" showIcon title={t('resetLink.shownOnce', { name: account.displayName })} />
            <label htmlFor={`reset-link-${account.id}`} style={{ fontWeight: 500 }}>
              {t('resetLink.linkLabel')}
            </label>
            <Space.Compact style={{ width: '100%' }}>
              <Input id={`reset-link-${account.id}`} readOnly value={issued.url} data-testid="reset-link-url" onFocus={(event) => event.target.select()} />
              <Button type="primary" onClick={() => void copy()}>
                {copied ? t('resetLink.copied') : t('resetLink.copy')}
              </Button>
            </Space.Compact>
            <Typography.Text type="secondary">{t('resetLink.expires', { time: formatAllianceTime(issued.expiresAt, isEnglish) })}</Typography.Text>
          </Space>
        )}
      </Modal>
    </>
  );
}
