import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ALLIANCE_ROLES,
  CHANNEL_KINDS,
  LIMITS,
  OUTLET_KINDS,
  type AllianceRole,
  type ChannelKind,
  type OutletKind,
} from '@yah/shared';
import { graphql } from '@/__generated__';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { lengthRules, requiredRule, selectRequiredRule, urlRule } from '@/app/form-rules';
import { useLocalized } from '@/app/i18n/use-localized';
import { allianceToday, pickerDate } from '@/app/time/alliance-time';
import { useLocalizedForm } from '@/app/use-localized-form';

export const AdmitMemberProvincesQuery = graphql(`
  query AdmitMemberProvinces {
    provinces {
      code
      nameZh
      nameEn
      riverOrder
    }
  }
`);

export const AdmitMemberMutation = graphql(`
  mutation AdmitMember($input: AdmitMemberInput!) {
    admitMember(input: $input) {
      id
      nameZh
      nameEn
    }
  }
`);

interface ChannelValues {
  kind: ChannelKind;
  name: string;
  url?: string;
}

export interface AdmitMemberValues {
  slug: string;
  nameZh: string;
  nameEn: string;
  cityZh: string;
  cityEn: string;
  provinceCode: string;
  outletKind: OutletKind;
  allianceRole: AllianceRole;
  joinedOn: Dayjs;
  latitude: number;
  longitude: number;
  channels?: ChannelValues[];
}

/** The belt's extent, as the server checks it (20–35°N, 97–123°E). */
const BELT_BOUNDS = LIMITS.beltBounds;

const FORM_FIELDS = [
  'slug',
  'nameZh',
  'nameEn',
  'cityZh',
  'cityEn',
  'provinceCode',
  'outletKind',
  'allianceRole',
  'joinedOn',
  'latitude',
  'longitude',
  'channels',
] as const;

export interface AdmitMemberFormProps {
  onAdmitted: (member: { id: string; nameZh: string; nameEn: string }) => void;
  onCancel: () => void;
}

/** Every field of AdmitMemberInput; channels as a list that grows and shrinks. */
export function AdmitMemberForm({ onAdmitted, onCancel }: AdmitMemberFormProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [form] = useLocalizedForm<AdmitMemberValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const provinces = useQuery(AdmitMemberProvincesQuery);
  const [admitMember, { loading }] = useMutation(AdmitMemberMutation, {
    // The directory, its counts and the home overview all change with a new member.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'members' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'provinces' });
      cache.gc();
    },
  });

  const provinceOptions = [...(provinces.data?.provinces ?? [])]
    .sort((a, b) => a.riverOrder - b.riverOrder)
    .map((province) => ({ value: province.code, label: pick(province.nameZh, province.nameEn) }));

  const onFinish = async (values: AdmitMemberValues) => {
    setFailure(null);
    try {
      const { data } = await admitMember({
        variables: {
          input: {
            slug: values.slug.trim(),
            nameZh: values.nameZh.trim(),
            nameEn: values.nameEn.trim(),
            cityZh: values.cityZh.trim(),
            cityEn: values.cityEn.trim(),
            provinceCode: values.provinceCode,
            outletKind: values.outletKind,
            allianceRole: values.allianceRole,
            joinedOn: values.joinedOn.format('YYYY-MM-DD'),
            latitude: values.latitude,
            longitude: values.longitude,
            channels: (values.channels ?? []).map((channel) => ({
              kind: channel.kind,
              name: channel.name.trim(),
              url: channel.url?.trim() ? channel.url.trim() : null,
            })),
          },
        },
      });
      if (data) onAdmitted(data.admitMember);
    } catch (error) {
      const problem = readProblem(error);
      if (!applyProblemToForm(form, problem, t, FORM_FIELDS)) setFailure(describeProblem(problem, t));
      else setFailure(null);
    }
  };

  return (
    <Form<AdmitMemberValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      onFinish={onFinish}
      disabled={loading}
      scrollToFirstError
      initialValues={{ allianceRole: 'MEMBER', outletKind: 'CONVERGED_MEDIA_CENTER', joinedOn: pickerDate(allianceToday()), channels: [] }}
    >
      <div className="stack">
        {failure && <Alert type="error" showIcon role="alert" title={failure} />}
        <Card title={t('admit.sections.identity')} size="small">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="nameZh"
                label={t('members.fields.nameZh')}
                rules={[requiredRule(t), ...lengthRules(t, LIMITS.memberName)]}
              >
                <Input maxLength={LIMITS.memberName.max} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="nameEn"
                label={t('members.fields.nameEn')}
                rules={[requiredRule(t), ...lengthRules(t, LIMITS.memberName)]}
              >
                <Input maxLength={LIMITS.memberName.max} lang="en" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="outletKind"
                label={t('members.fields.outletKind')}
                rules={[selectRequiredRule(t)]}
              >
                <Select
                  options={OUTLET_KINDS.map((kind) => ({ value: kind, label: t(`enums.outletKind.${kind}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="slug"
                label={t('members.fields.slug')}
                extra={t('admit.slugHelp')}
                rules={[
                  requiredRule(t),
                  ...lengthRules(t, LIMITS.slug),
                  { pattern: LIMITS.slug.pattern, message: t('admit.slugPattern') },
                ]}
              >
                <Input maxLength={LIMITS.slug.max} autoCapitalize="none" autoCorrect="off" spellCheck={false} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('admit.sections.location')} size="small">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="provinceCode" label={t('members.fields.province')} rules={[selectRequiredRule(t)]}>
                <Select
                  placeholder={t('admit.provincePlaceholder')}
                  options={provinceOptions}
                  loading={provinces.loading}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="cityZh"
                label={t('members.fields.cityZh')}
                rules={[requiredRule(t), ...lengthRules(t, LIMITS.cityName)]}
              >
                <Input maxLength={LIMITS.cityName.max} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="cityEn"
                label={t('members.fields.cityEn')}
                rules={[requiredRule(t), ...lengthRules(t, LIMITS.cityName)]}
              >
                <Input maxLength={LIMITS.cityName.max} lang="en" />
              </Form.Item>
            </Col>
            {(['latitude', 'longitude'] as const).map((axis) => (
              <Col xs={12} md={8} key={axis}>
                <Form.Item
                  name={axis}
                  label={t(`members.fields.${axis}`)}
                  extra={axis === 'latitude' ? t('admit.coordinatesHelp') : undefined}
                  rules={[
                    { required: true, message: t('form.requiredField') },
                    { type: 'number', ...BELT_BOUNDS[axis], message: t('form.numberRange', BELT_BOUNDS[axis]) },
                  ]}
                >
                  <InputNumber<number> step={0.0001} precision={4} style={{ width: '100%' }} inputMode="decimal" />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>

        <Card title={t('admit.sections.membership')} size="small">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="allianceRole" label={t('members.fields.allianceRole')} rules={[selectRequiredRule(t)]}>
                <Select
                  options={ALLIANCE_ROLES.map((role) => ({ value: role, label: t(`enums.allianceRole.${role}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="joinedOn" label={t('members.fields.joinedOn')} rules={[selectRequiredRule(t)]}>
                <DatePicker style={{ width: '100%' }} allowClear={false} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('admit.sections.channels')} size="small">
          <Form.List
            name="channels"
            rules={[
              {
                validator: async (_rule, value: unknown) => {
                  if (Array.isArray(value) && value.length > LIMITS.channelsPerMember.max) {
                    throw new Error(t('admit.tooManyChannels', { max: LIMITS.channelsPerMember.max }));
                  }
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <div className="stack" style={{ gap: 8 }}>
                {fields.map((field, index) => (
                  <div key={field.key} className="channel-row" data-testid={`channel-row-${index}`}>
                    <Form.Item
                      name={[field.name, 'kind']}
                      label={t('admit.channelKind')}
                      rules={[selectRequiredRule(t)]}
                      className="channel-row-kind"
                    >
                      <Select
                        options={CHANNEL_KINDS.map((kind) => ({ value: kind, label: t(`enums.channelKind.${kind}`) }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'name']}
                      label={t('admit.channelName')}
                      rules={[requiredRule(t), ...lengthRules(t, LIMITS.channelName)]}
                      className="channel-row-name"
                    >
                      <Input maxLength={LIMITS.channelName.max} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'url']}
                      label={t('admit.channelUrl')}
                      rules={[urlRule(t)]}
                      className="channel-row-url"
                    >
                      <Input inputMode="url" placeholder="https://" />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<MinusCircleOutlined aria-hidden />}
                      aria-label={t('admit.removeChannel')}
                      title={t('admit.removeChannel')}
                      onClick={() => remove(field.name)}
                      className="channel-row-remove"
                    />
                  </div>
                ))}
                <Form.ErrorList errors={errors} />
                <Button
                  type="dashed"
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({ kind: 'WECHAT', name: '' })}
                  disabled={fields.length >= LIMITS.channelsPerMember.max}
                  block
                >
                  {t('admit.addChannel')}
                </Button>
              </div>
            )}
          </Form.List>
        </Card>

        <Space style={{ justifyContent: 'flex-end', width: '100%' }} wrap>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('admit.submit')}
          </Button>
        </Space>
      </div>
    </Form>
  );
}
