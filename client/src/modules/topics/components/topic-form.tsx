import { DatePicker, Form, Input, Select, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KINDS, COVERAGE_LIMITS, LIMITS } from '@yah/shared';
import { lengthRules, requiredRule, selectRequiredRule, tagListRules } from '@/app/form-rules';
import { useProvinceOptions } from '../hooks/use-provinces';
import type { TopicFormValues } from '../topic-form-values';

export interface TopicFormProps {
  form: FormInstance<TopicFormValues>;
  initialValues?: Partial<TopicFormValues>;
  disabled?: boolean;
  onFinish: (values: TopicFormValues) => void | Promise<void>;
  onValuesChange?: () => void;
  /** The submit row (buttons), rendered inside the form. */
  footer: ReactNode;
}

/** Title, brief, themes, provinces, cities, planned window, target channels — limits from `COVERAGE_LIMITS`. */
export function TopicForm({ form, initialValues, disabled, onFinish, onValuesChange, footer }: TopicFormProps) {
  const { t } = useTranslation();
  const provinces = useProvinceOptions();
  const limits = COVERAGE_LIMITS;

  return (
    <Form<TopicFormValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onValuesChange}
      disabled={disabled}
      scrollToFirstError
    >
      <Form.Item
        name="title"
        label={t('topicForm.title')}
        rules={[requiredRule(t), ...lengthRules(t, limits.topicTitle)]}
      >
        <Input maxLength={limits.topicTitle.max} showCount />
      </Form.Item>
      <Form.Item
        name="brief"
        label={t('topicForm.brief')}
        extra={t('topicForm.briefHelp')}
        rules={[requiredRule(t), ...lengthRules(t, limits.topicBrief)]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={limits.topicBrief.max} showCount />
      </Form.Item>
      <Form.Item
        name="themes"
        label={t('topicForm.themes')}
        extra={t('topicForm.themesHelp', { max: limits.themes.max, each: limits.themes.each })}
        rules={tagListRules(t, limits.themes)}
      >
        <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} aria-label={t('topicForm.themes')} />
      </Form.Item>
      <div className="two-columns">
        <Form.Item name="provinceCodes" label={t('topicForm.provinces')} rules={[{ ...selectRequiredRule(t), type: 'array', min: 1 }]}>
          <Select
            mode="multiple"
            allowClear
            loading={provinces.loading}
            options={provinces.options}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('topicForm.provinces')}
          />
        </Form.Item>
        <Form.Item
          name="cities"
          label={t('topicForm.cities')}
          extra={t('topicForm.citiesHelp', { max: limits.cities.max })}
          rules={tagListRules(t, { max: limits.cities.max, each: LIMITS.cityName.max })}
        >
          <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} aria-label={t('topicForm.cities')} />
        </Form.Item>
      </div>
      <div className="two-columns">
        <Form.Item name="window" label={t('topicForm.window')} rules={[selectRequiredRule(t)]}>
          <DatePicker.RangePicker style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
        <Form.Item name="targetChannels" label={t('topicForm.targetChannels')}>
          <Select
            mode="multiple"
            allowClear
            aria-label={t('topicForm.targetChannels')}
            options={CHANNEL_KINDS.map((kind) => ({ value: kind, label: t(`enums.channelKind.${kind}`) }))}
          />
        </Form.Item>
      </div>
      {footer}
    </Form>
  );
}
