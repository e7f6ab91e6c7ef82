import { TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql } from '@/__generated__';
import type { Viewer } from '@/app/auth/viewer';
import { LinkButton } from '@/app/layout/link-button';
import { AllianceByProvince } from './alliance-by-province';
import { MemberCard } from './member-card';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';

export const StaffHomeQuery = graphql(`
  query StaffHome($memberId: ID!) {
    member(id: $memberId) {
      id
      staffCounts {
        total
      }
      ...MemberCard_member
    }
    provinces {
      code
      ...AllianceByProvince_province
    }
  }
`);

/** Editors' and reporters' home: their member, their colleagues, the alliance along the river. */
export function StaffHome({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(StaffHomeQuery, { variables: { memberId: viewer.member.id } });

  if (!data && loading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!data) {
    return (
      <LoadErrorAlert error={error} onRetry={() => void refetch()} />
    );
  }

  // The viewer is one of the member's active accounts.
  const colleagues = Math.max(0, data.member.staffCounts.total - 1);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <div className="stack">
          <MemberCard member={data.member} />
          <Card size="small" data-testid="colleagues">
            <Statistic
              title={t('home.staff.colleagues')}
              value={colleagues}
              prefix={<TeamOutlined aria-hidden />}
            />
            <div className="member-item-meta">{t('home.staff.colleaguesHelp')}</div>
          </Card>
        </div>
      </Col>
      <Col xs={24} lg={12}>
        <AllianceByProvince
          provinces={data.provinces}
          extra={
            <LinkButton type="link" to="/members">
              {t('home.staff.browseDirectory')}
            </LinkButton>
          }
        />
      </Col>
    </Row>
  );
}
