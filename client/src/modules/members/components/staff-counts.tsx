import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';

export const StaffCountsFragment = graphql(`
  fragment StaffCounts_member on Member {
    id
    allianceRole
    staffCounts {
      secretariat
      chiefEditors
      editors
      reporters
      total
    }
  }
`);

/** Active accounts of a member, by role. */
export function StaffCounts({ member: ref }: { member: FragmentType<typeof StaffCountsFragment> }) {
  const { t } = useTranslation();
  const { staffCounts, allianceRole } = getFragmentData(StaffCountsFragment, ref);
  const cells: { key: string; title: string; value: number }[] = [
    ...(allianceRole === 'SECRETARIAT' || staffCounts.secretariat > 0
      ? [{ key: 'secretariat', title: t('members.staffCounts.secretariat'), value: staffCounts.secretariat }]
      : []),
    { key: 'chiefEditors', title: t('members.staffCounts.chiefEditors'), value: staffCounts.chiefEditors },
    { key: 'editors', title: t('members.staffCounts.editors'), value: staffCounts.editors },
    { key: 'reporters', title: t('members.staffCounts.reporters'), value: staffCounts.reporters },
    { key: 'total', title: t('members.staffCounts.total'), value: staffCounts.total },
  ];
  return (
    <Card title={t('members.detail.staff')} size="small">
      <Row gutter={[16, 16]}>
        {cells.map((cell) => (
          <Col key={cell.key} xs={12} sm={8} md={cells.length > 4 ? 4 : 6}>
            <Statistic title={cell.title} value={cell.value} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
