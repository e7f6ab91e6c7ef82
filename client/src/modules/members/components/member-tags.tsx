import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AllianceRole, MemberStatus, OutletKind } from '@yah/shared';

const ROLE_COLORS: Record<AllianceRole, string | undefined> = {
  CHAIR: 'gold',
  VICE_CHAIR: 'orange',
  SECRETARIAT: 'blue',
  MEMBER: undefined,
};

/** Outlet kind, alliance role and (when suspended) status, as compact tags. */
export function MemberTags({
  outletKind,
  allianceRole,
  status,
}: {
  outletKind: OutletKind;
  allianceRole: AllianceRole;
  status: MemberStatus;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Tag>{t(`enums.outletKind.${outletKind}`)}</Tag>
      <Tag color={ROLE_COLORS[allianceRole]}>{t(`enums.allianceRole.${allianceRole}`)}</Tag>
      {status === 'SUSPENDED' && <Tag color="red">{t('enums.memberStatus.SUSPENDED')}</Tag>}
    </>
  );
}
