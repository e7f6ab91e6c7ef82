import { CalendarOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { MemberTags } from '@/modules/members/components/member-tags';

export const MemberCardFragment = graphql(`
  fragment MemberCard_member on Member {
    id
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
    joinedOn
    staffCounts {
      chiefEditors
      editors
      reporters
      total
    }
  }
`);

/** "My member": name, place, kind, since when, and its active accounts by role. */
export function MemberCard({ member: ref }: { member: FragmentType<typeof MemberCardFragment> }) {
  const { t } = useTranslation();
  const { pick, formatDate } = useLocalized();
  const member = getFragmentData(MemberCardFragment, ref);
  const name = pick(member.nameZh, member.nameEn);

  return (
    <Card data-testid="member-card" title={t('home.chief.title')}>
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
        <Link to={`/members/${member.id}`} aria-label={t('memberCard.viewDetails', { name })}>
          {name}
        </Link>
      </Typography.Title>
      <Space size={12} wrap className="member-item-meta">
        <span>
          <EnvironmentOutlined aria-hidden /> {pick(member.cityZh, member.cityEn)} ·{' '}
          {pick(member.province.nameZh, member.province.nameEn)}
        </span>
        <span>
          <CalendarOutlined aria-hidden /> {t('memberCard.joined', { date: formatDate(member.joinedOn) })}
        </span>
      </Space>
      <div className="member-item-row" style={{ marginBottom: 16 }}>
        <MemberTags outletKind={member.outletKind} allianceRole={member.allianceRole} status={member.status} />
      </div>
      <Typography.Text type="secondary">{t('memberCard.staff')}</Typography.Text>
      <Row gutter={[12, 12]} style={{ marginTop: 8 }}>
        <Col span={6}>
          <Statistic title={t('members.staffCounts.chiefEditors')} value={member.staffCounts.chiefEditors} />
        </Col>
        <Col span={6}>
          <Statistic title={t('members.staffCounts.editors')} value={member.staffCounts.editors} />
        </Col>
        <Col span={6}>
          <Statistic title={t('members.staffCounts.reporters')} value={member.staffCounts.reporters} />
        </Col>
        <Col span={6}>
          <Statistic title={t('members.staffCounts.total')} value={member.staffCounts.total} />
        </Col>
      </Row>
    </Card>
  );
}
