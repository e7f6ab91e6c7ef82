import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { gazetteerPlaceNamed } from '@yah/shared';
import { useLocalized } from '@/app/i18n/use-localized';

export interface AssignmentWhereFields {
  place?: { name: string } | null;
  location: { cityZh: string; cityEn: string };
}

/** A place's stored name in the reader's language when it is one of the gazetteer's well-known places. */
export function placeNameIn(name: string, isEnglish: boolean): string {
  const known = gazetteerPlaceNamed(name);
  return known ? (isEnglish ? known.en : known.zh) : name;
}

/** Where an assignment's work happens, as one line: "洞庭湖 · 近岳阳" for a place, the member city otherwise. */
export function useAssignmentWhere(): (assignment: AssignmentWhereFields) => string {
  const { t } = useTranslation();
  const { pick, isEnglish } = useLocalized();
  return useCallback(
    (assignment: AssignmentWhereFields) => {
      const city = pick(assignment.location.cityZh, assignment.location.cityEn);
      return assignment.place ? t('places.near', { place: placeNameIn(assignment.place.name, isEnglish), city }) : city;
    },
    [t, pick, isEnglish],
  );
}
