import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { getFragmentData, graphql } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { readProblem } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { canManageAccounts, isSecretariatMember } from '../account-roles';
import { AccountsTable } from '../components/accounts-table';
import { MemberChannels } from '../components/member-channels';
import { MemberStatusSection } from '../components/member-status-card';
import { MemberTags } from '../components/member-tags';
import { StaffCounts } from '../components/staff-counts';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { ExchangeBalanceCard, ExchangeBalanceCardFragment } from '@/modules/resources/components/exchange-balance-card';
import { FollowMemberButton } from '@/modules/resources/components/follow-member-button';
import { managesFeeds } from '@/modules/resources/feed-access';

// Only a member's chief editor and the secretariat see its feeds: the others never load that code.
const MemberFeedsCard = lazy(async () => ({
  default: (await import('@/modules/resources/components/member-feeds-card')).MemberFeedsCard,
}));

// Only the secretariat and the member's own chief editor see its scorecard: the others never load that code nor ask for it.
const ScorecardCard = lazy(async () => ({
  default: (await import('@/modules/participation/components/scorecard-card')).ScorecardCard,
}));

/** Who sees a member's 承诺与参与度: the secretariat, or that member's chief editor (the secretariat's own unit is not ranked). */
export function seesScorecard(viewer: { role: string; member: { id: string } }, member: { id: string; allianceRole: string }): boolean {
  if (member.allianceRole === 'SECRETARIAT') return false;
  return viewer.role === 'SECRETARIAT' || (viewer.role === 'CHIEF_EDITOR' && viewer.member.id === member.id);
}

export const MemberPageQuery = graphql(`
  query MemberPage($id: ID!) {
    member(id: $id) {
      id
      slug
      nameZh
      nameEn
      cityZh
      cityEn
      province {
        code
        nameZh
        nameEn
      }
      outletKind
      allianceRole
      status
      statusReason
      statusChangedAt
      joinedOn
      latitude
      longitude
      isDemo
      ...MemberChannels_member
      ...StaffCounts_member
      ...ExchangeBalanceCard_member
    }
  }
`);

function BackToDirectory() {
  const { t } = useTranslation();
  return (
    <LinkButton type="link" icon={<ArrowLeftOutlined aria-hidden />} to="/members" style={{ paddingLeft: 0 }}>
      {t('members.detail.backToDirectory')}
    </LinkButton>
  );
}

/** `/members/:id` — all details and channels; accounts for those who manage them. */
export function MemberPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { pick, formatDate } = useLocalized();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(MemberPageQuery, { variables: { id } });

  if (!data && loading) {
    return (
      <div className="page">
        <Skeleton active paragraph={{ rows: 8 }} />
      </div>
    );
  }
  if (!data) {
    const notFound = readProblem(error).code === 'NOT_FOUND';
    return (
      <div className="page">
        <BackToDirectory />
        {notFound ? (
          <Result status="404" title={t('members.detail.notFound')} subTitle={t('members.detail.notFoundHelp')} />
        ) : (
          <LoadErrorAlert error={error} onRetry={() => void refetch()} />
        )}
      </div>
    );
  }

  const member = data.member;
  const name = pick(member.nameZh, member.nameEn);
  const otherName = pick(member.nameEn, member.nameZh);
  const manage = canManageAccounts(viewer, member.id);

  return (
    <div className="page stack">
      <div>
        <BackToDirectory />
        <div className="page-header" style={{ marginBottom: 0 }}>
          <div>
            <Typography.Title level={1} style={{ fontSize: 24 }}>
              {name}
            </Typography.Title>
            <div className="page-header-sub">{otherName}</div>
            <Space size={[0, 6]} wrap style={{ marginTop: 8 }}>
              <MemberTags outletKind={member.outletKind} allianceRole={member.allianceRole} status={member.status} />
              {member.isDemo && <Tag color="purple">{t('members.detail.demo')}</Tag>}
            </Space>
          </div>
          {member.id !== viewer.member.id && <FollowMemberButton memberId={member.id} />}
        </div>
      </div>

      <MemberStatusSection
        member={{ id: member.id, name, status: member.status, statusReason: member.statusReason ?? null, statusChangedAt: member.statusChangedAt ?? null }}
        canChange={viewer.role === 'SECRETARIAT' && !isSecretariatMember(member)}
      />

      <Card title={t('members.detail.profile')} size="small">
        <Descriptions
          column={{ xs: 1, sm: 2, lg: 3 }}
          size="small"
          items={[
            { key: 'nameZh', label: t('members.fields.nameZh'), children: member.nameZh },
            { key: 'nameEn', label: t('members.fields.nameEn'), children: member.nameEn },
            { key: 'slug', label: t('members.fields.slug'), children: <Typography.Text code>{member.slug}</Typography.Text> },
            { key: 'province', label: t('members.fields.province'), children: pick(member.province.nameZh, member.province.nameEn) },
            { key: 'city', label: t('members.fields.city'), children: pick(member.cityZh, member.cityEn) },
            { key: 'outletKind', label: t('members.fields.outletKind'), children: t(`enums.outletKind.${member.outletKind}`) },
            { key: 'allianceRole', label: t('members.fields.allianceRole'), children: t(`enums.allianceRole.${member.allianceRole}`) },
            { key: 'status', label: t('members.fields.status'), children: t(`enums.memberStatus.${member.status}`) },
            { key: 'joinedOn', label: t('members.fields.joinedOn'), children: formatDate(member.joinedOn) },
            {
              key: 'coordinates',
              label: t('members.fields.coordinates'),
              children: t('members.detail.coordinatesValue', {
                lat: member.latitude.toFixed(4),
                lng: member.longitude.toFixed(4),
              }),
            },
          ]}
        />
      </Card>

      <div className="two-columns">
        <MemberChannels member={member} />
        <StaffCounts member={member} />
      </div>

      {seesScorecard(viewer, member) && (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
          <ScorecardCard memberId={member.id} balance={getFragmentData(ExchangeBalanceCardFragment, member).exchangeBalance} />
        </Suspense>
      )}

      <div id="exchange-balance">
        <ExchangeBalanceCard member={member} />
      </div>

      {managesFeeds(viewer, member.id) && (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 2 }} />}>
          <MemberFeedsCard memberId={member.id} />
        </Suspense>
      )}

      {manage && (
        <AccountsTable
          member={{ id: member.id, name, isSecretariat: isSecretariatMember(member) }}
          viewer={{ id: viewer.id, role: viewer.role }}
        />
      )}
    </div>
  );
}
