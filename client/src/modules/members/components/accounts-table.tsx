import { PlusOutlined } from '@ant-design/icons';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Badge, Button, Card, Popconfirm, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Role } from '@yah/shared';
import { graphql, getFragmentData } from '@/__generated__';
import type { AccountsTable_UserFragment } from '@/__generated__/graphql';
import { errorMessage } from '@/app/errors';
import { isLocale } from '@/app/i18n/i18n';
import { useLocalized } from '@/app/i18n/use-localized';
import { AddAccountModal } from './add-account-modal';
import { RequestDelegateSwitch } from './request-delegate-switch';
import { ResetLinkButton } from './reset-link-button';

export const AccountsTableFragment = graphql(`
  fragment AccountsTable_user on User {
    id
    email
    displayName
    role
    locale
    active
    lastSignInAt
    decidesResourceRequests
  }
`);

export const MemberAccountsQuery = graphql(`
  query MemberAccounts($memberId: ID!, $first: Int, $after: String) {
    memberAccounts(memberId: $memberId, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...AccountsTable_user
      }
    }
  }
`);

export const SetAccountActiveMutation = graphql(`
  mutation SetAccountActive($userId: ID!, $active: Boolean!) {
    setAccountActive(userId: $userId, active: $active) {
      id
      active
    }
  }
`);

type Account = AccountsTable_UserFragment;

export interface AccountsTableProps {
  member: { id: string; name: string; isSecretariat: boolean };
  viewer: { id: string; role: Role };
}

/** A member's accounts, for the secretariat or that member's chief editor: add, activate, deactivate. */
export function AccountsTable({ member, viewer }: AccountsTableProps) {
  const { t } = useTranslation();
  const { formatDateTime } = useLocalized();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [pendingId, setPendingId] = useState<string | null>(null);

  const { data, error, loading, networkStatus, fetchMore, refetch } = useQuery(MemberAccountsQuery, {
    variables: { memberId: member.id, first: LIMITS.page.defaultSize },
    notifyOnNetworkStatusChange: true,
  });
  const [setActive] = useMutation(SetAccountActiveMutation, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'Member', id: member.id }), fieldName: 'staffCounts' });
    },
  });

  const connection = data?.memberAccounts;
  const accounts: readonly Account[] = connection ? getFragmentData(AccountsTableFragment, connection.nodes) : [];

  const toggle = async (account: Account) => {
    setPendingId(account.id);
    try {
      await setActive({ variables: { userId: account.id, active: !account.active } });
      void message.success(
        t(account.active ? 'accounts.deactivated' : 'accounts.activated', { name: account.displayName }),
      );
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setPendingId(null);
    }
  };

  const columns: TableColumnsType<Account> = [
    {
      key: 'displayName',
      title: t('accounts.columns.displayName'),
      render: (_, account) => (
        <span>
          {account.displayName}
          {account.id === viewer.id && <Typography.Text type="secondary">{t('common.youSuffix')}</Typography.Text>}
        </span>
      ),
    },
    { key: 'email', dataIndex: 'email', title: t('accounts.columns.email'), responsive: ['md'] },
    { key: 'role', title: t('accounts.columns.role'), render: (_, account) => t(`enums.role.${account.role}`) },
    {
      key: 'locale',
      title: t('accounts.columns.locale'),
      responsive: ['lg'],
      render: (_, account) => (isLocale(account.locale) ? t(`lang.names.${account.locale}`) : account.locale),
    },
    {
      key: 'status',
      title: t('accounts.columns.status'),
      render: (_, account) => (
        <Badge
          status={account.active ? 'success' : 'default'}
          text={t(account.active ? 'enums.accountStatus.active' : 'enums.accountStatus.inactive')}
        />
      ),
    },
    {
      key: 'decidesRequests',
      title: t('delegation.column'),
      render: (_, account) =>
        account.role === 'EDITOR' ? (
          <RequestDelegateSwitch user={account} canChange={viewer.role === 'CHIEF_EDITOR' && account.active} />
        ) : null,
    },
    {
      key: 'lastSignIn',
      title: t('accounts.columns.lastSignIn'),
      responsive: ['md'],
      render: (_, account) =>
        account.lastSignInAt ? formatDateTime(account.lastSignInAt) : <Typography.Text type="secondary">{t('accounts.never')}</Typography.Text>,
    },
    {
      key: 'actions',
      title: t('accounts.columns.actions'),
      render: (_, account) => {
        const self = account.id === viewer.id;
        const label = account.active ? t('accounts.deactivate') : t('accounts.activate');
        // One's own password is changed in settings (with the current one), never by a link.
        const reset = self ? null : <ResetLinkButton account={account} />;
        if (self && account.active) {
          return (
            <Tooltip title={t('accounts.cannotDeactivateSelf')}>
              <Button size="small" disabled aria-label={`${label} · ${t('accounts.cannotDeactivateSelf')}`}>
                {label}
              </Button>
            </Tooltip>
          );
        }
        return (
          <Space size={8}>
            {reset}
            <Popconfirm
            title={t(account.active ? 'accounts.confirmDeactivate' : 'accounts.confirmActivate', {
              name: account.displayName,
            })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: account.active }}
            onConfirm={() => toggle(account)}
          >
            <Button size="small" danger={account.active} loading={pendingId === account.id}>
                {label}
              </Button>
            </Popconfirm>
          </Space>
        );
      },
    },
  ];

  return (
    <Card
      title={t('accounts.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
          {t('accounts.add')}
        </Button>
      }
      data-testid="accounts-card"
    >
      {error && !connection ? (
        <Alert
          type="error"
          showIcon
          title={t('accounts.loadError')}
          description={errorMessage(error, t)}
          action={
            <Button size="small" onClick={() => void refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : (
        <>
          <Table<Account>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={accounts}
            loading={loading && networkStatus !== NetworkStatus.fetchMore}
            pagination={false}
            locale={{ emptyText: t('accounts.empty') }}
            scroll={{ x: 'max-content' }}
          />
          {connection && (
            <div style={{ textAlign: 'center', marginTop: 12 }}>
              <Typography.Text type="secondary">
                {t('common.showing', { shown: accounts.length, total: connection.totalCount })}
              </Typography.Text>
              {connection.pageInfo.hasNextPage && (
                <div style={{ marginTop: 8 }}>
                  <Button
                    loading={networkStatus === NetworkStatus.fetchMore}
                    onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
                  >
                    {t('common.loadMore')}
                  </Button>
                </div>
              )}
            </div>
          )}
        </>
      )}
      <AddAccountModal open={adding} onClose={() => setAdding(false)} member={member} viewerRole={viewer.role} />
    </Card>
  );
}
