import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';

export const AllianceByProvinceFragment = graphql(`
  fragment AllianceByProvince_province on Province {
    code
    nameZh
    nameEn
    riverOrder
    memberCount
  }
`);

/** Members per province, upstream to downstream, each bar leading to the filtered directory. */
export function AllianceByProvince({
  provinces: refs,
  extra,
}: {
  provinces: readonly FragmentType<typeof AllianceByProvinceFragment>[];
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const provinces = [...getFragmentData(AllianceByProvinceFragment, refs)].sort((a, b) => a.riverOrder - b.riverOrder);
  const max = Math.max(1, ...provinces.map((province) => province.memberCount));

  return (
    <Card title={t('home.staff.allianceByProvince')} extra={extra} data-testid="alliance-by-province">
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {t('home.staff.allianceByProvinceHelp')}
      </Typography.Paragraph>
      <ol className="province-bars" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {provinces.map((province) => {
          const name = pick(province.nameZh, province.nameEn);
          return (
            <li key={province.code} className="province-bar">
              <Link to={`/members?province=${province.code}`}>{name}</Link>
              <span className="province-bar-track" aria-hidden>
                <span
                  className="province-bar-fill"
                  style={{ display: 'block', width: `${(province.memberCount / max) * 100}%` }}
                />
              </span>
              <span className="province-bar-count">{province.memberCount}</span>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
