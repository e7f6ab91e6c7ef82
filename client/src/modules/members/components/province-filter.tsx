import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';

export const ProvinceFilterFragment = graphql(`
  fragment ProvinceFilter_province on Province {
    code
    nameZh
    nameEn
    riverOrder
    memberCount
  }
`);

export interface ProvinceFilterProps {
  provinces: readonly FragmentType<typeof ProvinceFilterFragment>[];
  /** GB/T 2260 code of the chosen province; null for all. */
  value: string | null;
  onChange: (code: string | null) => void;
}

/** The 11 provinces in river order, upstream (Yunnan) to downstream (Shanghai), each with its member count. */
export function ProvinceFilter({ provinces: refs, value, onChange }: ProvinceFilterProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const provinces = [...getFragmentData(ProvinceFilterFragment, refs)].sort((a, b) => a.riverOrder - b.riverOrder);

  return (
    <div className="province-filter" role="group" aria-label={t('members.provinceFilter')}>
      <Button
        size="small"
        type={value === null ? 'primary' : 'default'}
        aria-pressed={value === null}
        data-testid="province-filter-all"
        onClick={() => onChange(null)}
      >
        {t('members.all')}
      </Button>
      {provinces.map((province) => {
        const active = value === province.code;
        return (
          <Button
            key={province.code}
            size="small"
            type={active ? 'primary' : 'default'}
            aria-pressed={active}
            data-testid={`province-filter-${province.code}`}
            onClick={() => onChange(active ? null : province.code)}
          >
            {t('members.provinceCount', { name: pick(province.nameZh, province.nameEn), count: province.memberCount })}
          </Button>
        );
      })}
    </div>
  );
}
