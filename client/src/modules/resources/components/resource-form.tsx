import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Divider, Form, Input, InputNumber, Select, Skeleton, Switch, Typography, type FormInstance, type FormRule } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CAPACITY_PERIODS, LIMITS, RESOURCE_AREAS, RESOURCE_LIMITS } from '@yah/shared';
import type { MediaKind } from '@/__generated__/graphql';
import { integerRangeRules, lengthRules, requiredRule, selectRequiredRule, tagListRules, urlRule } from '@/app/form-rules';
import { useProvinceOptions } from '@/modules/topics/hooks/use-provinces';
import { allianceInstant, allianceNowPickerValue } from '@/app/time/alliance-time';
import { isEmptyBody, type ResourceFormValues } from '../resource-form-values';
import type { RichTextEditorProps } from './rich-text-editor';

// The editor (TipTap and ProseMirror) is the heaviest part of the form: only library pieces load it.
const RichTextEditor = lazy(async () => ({ default: (await import('./rich-text-editor')).RichTextEditor }));

/** The lazy editor as a form control: Form.Item hands its value, onChange and id to this, its direct child. */
function BodyEditor(props: Omit<RichTextEditorProps, 'invalid'>) {
  const { status } = Form.Item.useStatus();
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
      <RichTextEditor {...props} invalid={status === 'error'} />
    </Suspense>
  );
}

const MEDIA_KINDS: readonly MediaKind[] = ['IMAGE', 'VIDEO', 'AUDIO', 'FILE'];
const TAG_SEPARATORS = [',', '，', '、'];
const limits = RESOURCE_LIMITS;

export interface ResourceFormProps {
  form: FormInstance<ResourceFormValues>;
  initialValues: ResourceFormValues;
  /** On edit the area is fixed. */
  areaLocked?: boolean;
  /** The embargo the piece had when the form opened (it may lie in the past: that is not an error to fix). */
  savedEmbargo?: string | null;
  disabled?: boolean;
  onFinish: (values: ResourceFormValues) => void | Promise<void>;
  /** The submit row (buttons), rendered inside the form. */
  footer: ReactNode;
}

/** One form for all five areas: its fields follow the area (a library piece's content, or terms and capacity). */
export function ResourceForm({ form, initialValues, areaLocked = false, savedEmbargo = null, disabled, onFinish, footer }: ResourceFormProps) {
  const { t } = useTranslation();
  const provinces = useProvinceOptions();
  const area = Form.useWatch('area', form) ?? initialValues.area;
  const content = area === 'CONTENT';

  const bodyRule: FormRule = {
    validator: async (_rule, value: unknown) => {
      const html = typeof value === 'string' ? value : '';
      // An editor left with only empty paragraphs is empty too (the required rule sees "<p></p>" as filled).
      if (html !== '' && isEmptyBody(html)) throw new Error(t('form.requiredField'));
      if (html.length > limits.body.max) throw new Error(t('resourceForm.bodyTooLong'));
    },
  };
  const embargoRule: FormRule = {
    validator: async (_rule, value: unknown) => {
      if (!dayjs.isDayjs(value)) return;
      const instant = allianceInstant(value);
      if (instant !== savedEmbargo && new Date(instant).getTime() <= Date.now()) throw new Error(t('resourceForm.embargoPast'));
    },
  };
  const tags = (label: string) => (
    <Select mode="tags" tokenSeparators={TAG_SEPARATORS} open={false} suffixIcon={null} aria-label={label} />
  );

  return (
    <Form<ResourceFormValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={initialValues}
      onFinish={onFinish}
      disabled={disabled}
      scrollToFirstError
    >
      <Form.Item name="area" label={t('resourceForm.area')} rules={[selectRequiredRule(t)]}>
        <Select
          aria-label={t('resourceForm.area')}
          disabled={areaLocked}
          options={RESOURCE_AREAS.map((value) => ({ value, label: t(`enums.resourceArea.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('resourceForm.title')} rules={[requiredRule(t), ...lengthRules(t, limits.title)]}>
        <Input maxLength={limits.title.max} showCount />
      </Form.Item>
      <Form.Item
        name="description"
        label={content ? t('resourceForm.summary') : t('resourceForm.description')}
        extra={content ? t('resourceForm.summaryHelp') : undefined}
        rules={[requiredRule(t), ...lengthRules(t, limits.description)]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={limits.description.max} showCount />
      </Form.Item>

      {content ? (
        <>
          <Form.Item name="body" label={t('resourceForm.body')} rules={[{ required: true, message: t('form.requiredField') }, bodyRule]}>
            <BodyEditor label={t('resourceForm.body')} />
          </Form.Item>
          <div className="two-columns">
            <Form.Item name="byline" label={t('resourceForm.byline')} rules={lengthRules(t, limits.byline)}>
              <Input maxLength={limits.byline.max} />
            </Form.Item>
            <Form.Item name="originalUrl" label={t('resourceForm.originalUrl')} rules={[urlRule(t)]}>
              <Input inputMode="url" maxLength={LIMITS.url.max} placeholder="https://" />
            </Form.Item>
          </div>
          <MediaRows />
        </>
      ) : (
        <>
          <Form.Item name="terms" label={t('resourceForm.terms')} extra={t('resourceForm.termsHelp')} rules={lengthRules(t, limits.terms)}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={limits.terms.max} showCount />
          </Form.Item>
          <div className="two-columns">
            <Form.Item name="availability" label={t('resourceForm.availability')} rules={lengthRules(t, limits.availability)}>
              <Input maxLength={limits.availability.max} />
            </Form.Item>
            <Form.Item name="contact" label={t('resourceForm.contact')} rules={lengthRules(t, limits.contact)}>
              <Input maxLength={limits.contact.max} />
            </Form.Item>
          </div>
          <div className="two-columns">
            <Form.Item
              name="capacityPerPeriod"
              label={t('resourceForm.capacity')}
              extra={t('resourceForm.capacityHelp')}
              rules={integerRangeRules(t, limits.capacity, false)}
            >
              <InputNumber min={limits.capacity.min} max={limits.capacity.max} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="capacityPeriod"
              label={t('resourceForm.capacityPeriod')}
              dependencies={['capacityPerPeriod']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_rule, value: unknown) => {
                    if (getFieldValue('capacityPerPeriod') != null && !value) throw new Error(t('form.selectRequiredField'));
                  },
                }),
              ]}
            >
              <Select
                allowClear
                aria-label={t('resourceForm.capacityPeriod')}
                options={CAPACITY_PERIODS.map((value) => ({ value, label: t(`enums.capacityPeriod.${value}`) }))}
              />
            </Form.Item>
          </div>
        </>
      )}

      <Form.Item
        name="themes"
        label={t('resourceForm.themes')}
        extra={t('resourceForm.themesHelp', { max: limits.themes.max, each: limits.theme.max })}
        rules={tagListRules(t, { max: limits.themes.max, each: limits.theme.max })}
      >
        {tags(t('resourceForm.themes'))}
      </Form.Item>
      <div className="two-columns">
        <Form.Item name="provinceCodes" label={t('resourceForm.provinces')}>
          <Select
            mode="multiple"
            allowClear
            loading={provinces.loading}
            options={provinces.options}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('resourceForm.provinces')}
          />
        </Form.Item>
        <Form.Item
          name="cities"
          label={t('resourceForm.cities')}
          rules={tagListRules(t, { max: limits.cities.max, each: limits.city.max })}
        >
          {tags(t('resourceForm.cities'))}
        </Form.Item>
      </div>

      {content && (
        <>
          <Divider titlePlacement="start">{t('resourceForm.extras')}</Divider>
          <Typography.Paragraph type="secondary">{t('resourceForm.extrasHelp')}</Typography.Paragraph>
          <Form.Item name="creditLine" label={t('resourceForm.creditLine')} extra={t('resourceForm.creditLineHelp')} rules={lengthRules(t, limits.creditLine)}>
            <Input maxLength={limits.creditLine.max} />
          </Form.Item>
          <div className="two-columns">
            <Form.Item name="excludedProvinceCodes" label={t('resourceForm.excludedProvinces')} extra={t('resourceForm.excludedProvincesHelp')}>
              <Select
                mode="multiple"
                allowClear
                loading={provinces.loading}
                options={provinces.options}
                showSearch={{ optionFilterProp: 'label' }}
                aria-label={t('resourceForm.excludedProvinces')}
              />
            </Form.Item>
            <Form.Item
              name="embargoUntil"
              label={t('resourceForm.embargoUntil')}
              extra={t('resourceForm.embargoHelp')}
              rules={[embargoRule]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
                inputReadOnly
                disabledDate={(day) => day.isBefore(allianceNowPickerValue(), 'day')}
                aria-label={t('resourceForm.embargoUntil')}
              />
            </Form.Item>
          </div>
          <Form.Item name="noResyndication" label={t('resourceForm.noResyndication')} valuePropName="checked" extra={t('resourceForm.noResyndicationHelp')}>
            <Switch />
          </Form.Item>
        </>
      )}
      {footer}
    </Form>
  );
}

/** Photos, video, audio and files that go with the piece, each with its credit (rows added and removed). */
function MediaRows() {
  const { t } = useTranslation();
  return (
    <Form.List name="media">
      {(fields, { add, remove }) => (
        <fieldset className="media-rows">
          <legend>{t('resourceForm.media.title')}</legend>
          {fields.map((field, index) => (
            <div key={field.key} className="media-row" data-testid="media-row">
              <Form.Item name={[field.name, 'kind']} label={t('resourceForm.media.kind')} rules={[selectRequiredRule(t)]}>
                <Select
                  aria-label={t('resourceForm.media.kindOf', { n: index + 1 })}
                  options={MEDIA_KINDS.map((value) => ({ value, label: t(`enums.mediaKind.${value}`) }))}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'url']} label={t('resourceForm.media.url')} rules={[requiredRule(t), urlRule(t)]}>
                <Input inputMode="url" maxLength={LIMITS.url.max} placeholder="https://" />
              </Form.Item>
              <Form.Item
                name={[field.name, 'credit']}
                label={t('resourceForm.media.credit')}
                rules={[requiredRule(t), ...lengthRules(t, limits.mediaCredit)]}
              >
                <Input maxLength={limits.mediaCredit.max} />
              </Form.Item>
              <Form.Item name={[field.name, 'caption']} label={t('resourceForm.media.caption')} rules={lengthRules(t, limits.mediaCaption)}>
                <Input maxLength={limits.mediaCaption.max} />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('resourceForm.media.remove', { n: index + 1 })}
                onClick={() => remove(field.name)}
                className="media-row-remove"
              />
            </div>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined aria-hidden />}
            disabled={fields.length >= limits.media.max}
            onClick={() => add({ kind: 'IMAGE', url: '', credit: '', caption: '' })}
          >
            {fields.length >= limits.media.max ? t('resourceForm.media.full', { max: limits.media.max }) : t('resourceForm.media.add')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
