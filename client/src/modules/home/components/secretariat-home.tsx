import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Card, Col, Empty, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import type { SecretariatHomeQuery as SecretariatHomeData } from '@/__generated__/graphql';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { ParticipationSummaryCard } from '@/modules/participation/components/participation-summary-card';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';

export const SecretariatHomeQuery = graphql(`
  query SecretariatHome($first: Int!, $after: String) {
    provinces {
      code
      memberCount
    }
    members(first: $first, after: $after, newsroomsOnly: true) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        nameZh
        nameEn
        cityZh
        cityEn
        allianceRole
        status
        joinedOn
        staffCounts {
          chiefEditors
        }
      }
    }
  }
`);

type OverviewMember = SecretariatHomeData['members']['nodes'][number];

const RECENT_COUNT = 5;

/** Figures computed from the member list (the plan has no dedicated statistics query). */
export function overview(data: SecretariatHomeData) {
  const members = data.members.nodes;
  return {
    memberCount: data.members.totalCount,
    loaded: members.length,
    provincesCovered: data.provinces.filter((province) => province.memberCount > 0).length,
    provinceTotal: data.provinces.length,
    suspended: members.filter((member) => member.status === 'SUSPENDED'),
    withoutChief: members.filter(
      (member) => member.allianceRole !== 'SECRETARIAT' && member.staffCounts.chiefEditors === 0,
    ),
    recent: [...members].sort((a, b) => b.joinedOn.localeCompare(a.joinedOn)).slice(0, RECENT_COUNT),
  };
}

function MemberLinks({ members, empty }: { members: readonly OverviewMember[]; empty: string }) {
  const { pick } = useLocalized();
  if (members.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <ul className="plain-list">
      {members.map((member) => (
        <li key={member.id}>
          <Link to={`/members/${member.id}`}>{pick(member.nameZh, member.nameEn)}</Link>{' '}
          <Typography.Text type="secondary">{pick(member.cityZh, member.cityEn)}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}

export function SecretariatHome() {
  const { t } = useTranslation();
  const { pick, formatDate } = useLocalized();
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(SecretariatHomeQuery, {
    variables: { first: LIMITS.page.maxSize },
    notifyOnNetworkStatusChange: true,
  });

  // The figures need every member: follow the cursor until the list is complete.
  const next = data?.members.pageInfo.hasNextPage ? data.members.pageInfo.endCursor : null;
  useEffect(() => {
    if (next && networkStatus === NetworkStatus.ready) void fetchMore({ variables: { after: next } });
  }, [next, networkStatus, fetchMore]);

  if (!data && loading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!data) {
    return (
      <LoadErrorAlert error={error} onRetry={() => void refetch()} />
    );
  }

  const figures = overview(data);

  return (
    <div className="stack">
      <Row gutter={[16, 16]}>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title={t('home.secretariat.memberCount')} value={figures.memberCount} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic
              title={t('home.secretariat.provincesCovered')}
              value={figures.provincesCovered}
              suffix={t('home.secretariat.ofProvinces', { total: figures.provinceTotal })}
            />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title={t('home.secretariat.suspended')} value={figures.suspended.length} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title={t('home.secretariat.withoutChief')} value={figures.withoutChief.length} />
          </Card>
        </Col>
      </Row>
      {figures.loaded < figures.memberCount && (
        <Typography.Text type="secondary">
          {t('home.secretariat.partial', { loaded: figures.loaded, total: figures.memberCount })}
        </Typography.Text>
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <div className="stack">
            <Card title={t('home.quickActions')} size="small">
              <Space wrap>
                <LinkButton type="primary" icon={<PlusOutlined aria-hidden />} to="/members/new">
                  {t('home.secretariat.admitMember')}
                </LinkButton>
                <LinkButton icon={<TeamOutlined aria-hidden />} to="/members">
                  {t('home.secretariat.browseDirectory')}
                </LinkButton>
              </Space>
            </Card>
            <Card title={t('home.secretariat.withoutChief')} size="small" data-testid="without-chief">
              {figures.withoutChief.length > 0 && (
                <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                  {t('home.secretariat.withoutChiefHelp')}
                </Typography.Paragraph>
              )}
              <MemberLinks members={figures.withoutChief} empty={t('home.secretariat.withoutChiefNone')} />
            </Card>
            <Card title={t('home.secretariat.suspended')} size="small" data-testid="suspended-members">
              <MemberLinks members={figures.suspended} empty={t('home.secretariat.suspendedNone')} />
            </Card>
            <Card title={t('home.secretariat.recentlyAdmitted')} size="small" data-testid="recently-admitted">
              {figures.recent.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
              ) : (
                <ul className="plain-list">
                  {figures.recent.map((member) => (
                    <li key={member.id} className="recent-row">
                      <Link to={`/members/${member.id}`}>{pick(member.nameZh, member.nameEn)}</Link>
                      <Tag>{formatDate(member.joinedOn)}</Tag>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </div>
        </Col>
        <Col xs={24} lg={10}>
          <ParticipationSummaryCard />
        </Col>
      </Row>
    </div>
  );
}
