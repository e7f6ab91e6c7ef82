import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';

export const CoverageProvincesQuery = graphql(`
  query CoverageProvinces {
    provinces {
      code
      nameZh
      nameEn
      riverOrder
    }
  }
`);

export interface ProvinceOption {
  value: string;
  label: string;
}

/** The 11 provinces as select options, upstream to downstream, in the reader's language. */
export function useProvinceOptions(): { options: ProvinceOption[]; loading: boolean } {
  const { pick } = useLocalized();
  const { data, loading } = useQuery(CoverageProvincesQuery);
  const options = useMemo(
    () =>
      [...(data?.provinces ?? [])]
        .sort((a, b) => a.riverOrder - b.riverOrder)
        .map((province) => ({ value: province.code, label: pick(province.nameZh, province.nameEn) })),
    [data, pick],
  );
  return { options, loading };
}
