import { TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, ROLES, type Role } from '@yah/shared';
import { graphql } from '@/__generated__';
import type { ChiefEditorHomeQuery as ChiefEditorHomeData } from '@/__generated__/graphql';
import type { Viewer } from '@/app/auth/viewer';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { isSecretariatMember } from '@/modules/members/account-roles';
import { AddAccountModal } from '@/modules/members/components/add-account-modal';
import { MemberCard } from './member-card';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';

export const ChiefEditorHomeQuery = graphql(`
  query ChiefEditorHome($memberId: ID!, $first: Int!) {
    member(id: $memberId) {
      id
      nameZh
      nameEn
      allianceRole
      ...MemberCard_member
    }
    memberAccounts(memberId: $memberId, first: $first) {
      totalCount
      nodes {
        id
        displayName
        role
        active
        lastSignInAt
      }
    }
  }
`);

export function accountsSummary(accounts: ChiefEditorHomeData['memberAccounts']['nodes']) {
  const active = accounts.filter((account) => account.active);
  const byRole = new Map<Role, number>(ROLES.map((role) => [role, 0]));
  for (const account of active) byRole.set(account.role, (byRole.get(account.role) ?? 0) + 1);
  return {
    active: active.length,
    inactive: accounts.length - active.length,
    byRole,
    neverSignedIn: active.filter((account) => !account.lastSignInAt),
  };
}

/** A chief editor's home: their member, its accounts at a glance, and adding an account. */
export function ChiefEditorHome({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [adding, setAdding] = useState(false);
  const { data, loading, error, refetch } = useQuery(ChiefEditorHomeQuery, {
    variables: { memberId: viewer.member.id, first: LIMITS.page.maxSize },
  });

  if (!data && loading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!data) {
    return (
      <LoadErrorAlert error={error} onRetry={() => void refetch()} />
    );
  }

  const summary = accountsSummary(data.memberAccounts.nodes);
  const member = data.member;
  const memberName = pick(member.nameZh, member.nameEn);
  const visibleRoles = ROLES.filter((role) => role !== 'SECRETARIAT' || (summary.byRole.get(role) ?? 0) > 0);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <MemberCard member={member} />
      </Col>
      <Col xs={24} lg={12}>
        <div className="stack">
          <Card title={t('home.quickActions')} size="small">
            <Space wrap>
              <Button type="primary" icon={<UserAddOutlined aria-hidden />} onClick={() => setAdding(true)}>
                {t('home.chief.addAccount')}
              </Button>
              <LinkButton icon={<TeamOutlined aria-hidden />} to={`/members/${member.id}`}>
                {t('home.chief.manageAccounts')}
              </LinkButton>
            </Space>
          </Card>
          <Card title={t('home.chief.accounts')} size="small" data-testid="accounts-summary">
            <Row gutter={[12, 12]}>
              <Col span={12}>
                <Statistic title={t('home.chief.activeAccounts')} value={summary.active} />
              </Col>
              <Col span={12}>
                <Statistic title={t('home.chief.inactiveAccounts')} value={summary.inactive} />
              </Col>
            </Row>
            <Typography.Title level={3} style={{ fontSize: 14, marginTop: 16 }}>
              {t('home.chief.byRole')}
            </Typography.Title>
            <Space size={[16, 4]} wrap>
              {visibleRoles.map((role) => (
                <span key={role}>
                  {t(`enums.role.${role}`)} <strong>{summary.byRole.get(role) ?? 0}</strong>
                </span>
              ))}
            </Space>
            {summary.neverSignedIn.length > 0 && (
              <>
                <Typography.Title level={3} style={{ fontSize: 14, marginTop: 16 }}>
                  {t('home.chief.neverSignedIn')}
                </Typography.Title>
                <Typography.Text type="secondary">
                  {summary.neverSignedIn.map((account) => account.displayName).join('、')}
                </Typography.Text>
              </>
            )}
          </Card>
        </div>
      </Col>
      <AddAccountModal
        open={adding}
        onClose={() => setAdding(false)}
        member={{ id: member.id, name: memberName, isSecretariat: isSecretariatMember(member) }}
        viewerRole={viewer.role}
      />
    </Row>
  );
}
