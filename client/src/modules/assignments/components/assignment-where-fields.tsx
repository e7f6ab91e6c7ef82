import { AutoComplete, Form, InputNumber, Radio, type FormInstance } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLACE_LIMITS, searchGazetteer } from '@yah/shared';
import { lengthRules, requiredRule, selectRequiredRule } from '@/app/form-rules';
import { useLocalized } from '@/app/i18n/use-localized';
import { MemberPicker, type MemberOption } from '@/modules/members/components/member-picker';
import '../places.css';

export type WhereKind = 'MEMBER' | 'PLACE';

/** The location part of the assignment form: a member city, or another place with its name and point. */
export interface WhereValues {
  where: WhereKind;
  locationMemberId?: string;
  placeName?: string;
  placeLatitude?: number | null;
  placeLongitude?: number | null;
}

export const WHERE_FIELDS = ['where', 'locationMemberId', 'placeName', 'placeLatitude', 'placeLongitude'] as const;

/** What the server takes for a location: a member city or a place, never both. */
export function whereInput(values: WhereValues): { locationMemberId: string | null; place: { name: string; latitude: number; longitude: number } | null } {
  if (values.where === 'PLACE') {
    return { locationMemberId: null, place: { name: (values.placeName ?? '').trim(), latitude: Number(values.placeLatitude), longitude: Number(values.placeLongitude) } };
  }
  return { locationMemberId: values.locationMemberId ?? null, place: null };
}

/**
 * Where the work happens. A member city from the directory, or another place: found by name in a small gazetteer of
 * well-known places along the belt (which fills in the coordinates), or any place typed with its coordinates.
 */
export function AssignmentWhereFields({ form, knownMember }: { form: FormInstance; knownMember: MemberOption | null }) {
  const { t } = useTranslation();
  const { isEnglish } = useLocalized();
  const where = Form.useWatch<WhereKind | undefined>('where', form) ?? 'MEMBER';
  const [query, setQuery] = useState('');
  const options = useMemo(
    () =>
      searchGazetteer(query)
        .slice(0, 12)
        .map((place) => ({ value: isEnglish ? place.en : place.zh, label: isEnglish ? `${place.en} · ${place.zh}` : place.zh, place })),
    [query, isEnglish],
  );
  const { latitude: LAT, longitude: LON } = PLACE_LIMITS;
  const coordinateRule = (limit: { min: number; max: number }) => ({
    validator: async (_rule: unknown, value: unknown) => {
      if (value === null || value === undefined || value === '') throw new Error(t('form.required'));
      if (typeof value !== 'number' || value < limit.min || value > limit.max) {
        throw new Error(t('places.outsideBelt', { latMin: LAT.min, latMax: LAT.max, lonMin: LON.min, lonMax: LON.max }));
      }
    },
  });

  return (
    <>
      <Form.Item name="where" label={t('places.where')} required>
        <Radio.Group
          options={(['MEMBER', 'PLACE'] as const).map((kind) => ({ value: kind, label: t(`places.kinds.${kind}`) }))}
          onChange={() => form.setFields(WHERE_FIELDS.slice(1).map((name) => ({ name, errors: [] })))}
        />
      </Form.Item>
      {where === 'MEMBER' ? (
        <Form.Item name="locationMemberId" label={t('assignments.fields.location')} extra={t('places.memberHelp')} rules={[selectRequiredRule(t)]}>
          <MemberPicker labelByCity aria-label={t('assignments.fields.location')} knownOptions={knownMember ? [knownMember] : []} />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="placeName"
            label={t('places.name')}
            extra={t('places.searchHelp')}
            rules={[requiredRule(t), ...lengthRules(t, PLACE_LIMITS.name)]}
          >
            <AutoComplete
              options={options}
              onSearch={setQuery}
              onSelect={(_value: string, option: (typeof options)[number]) => {
                form.setFieldsValue({ placeLatitude: option.place.latitude, placeLongitude: option.place.longitude });
                void form.validateFields(['placeLatitude', 'placeLongitude']);
              }}
              placeholder={t('places.searchPlaceholder')}
              aria-label={t('places.name')}
              maxLength={PLACE_LIMITS.name.max}
              notFoundContent={query.trim() ? t('places.noMatch') : null}
            />
          </Form.Item>
          <div className="two-columns">
            <Form.Item name="placeLatitude" label={t('places.latitude')} rules={[coordinateRule(LAT)]}>
              <InputNumber step={0.0001} precision={4} style={{ width: '100%' }} inputMode="decimal" />
            </Form.Item>
            <Form.Item name="placeLongitude" label={t('places.longitude')} rules={[coordinateRule(LON)]}>
              <InputNumber step={0.0001} precision={4} style={{ width: '100%' }} inputMode="decimal" />
            </Form.Item>
          </div>
          <p className="place-coordinates-help">{t('places.coordinatesHelp')}</p>
        </>
      )}
    </>
  );
}
