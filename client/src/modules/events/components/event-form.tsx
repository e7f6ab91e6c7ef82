import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Space, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, EVENT_LIMITS, EVENT_TIME_PATTERN } from '@yah/shared';
import { lengthRules, requiredRule, selectRequiredRule } from '@/app/form-rules';
import { MemberPicker, type MemberOption } from '@/modules/members/components/member-picker';
import type { EventFormValues } from '../event-form-values';
import { toDay } from '../event-form-values';
import { daysBetween, formatCalendarDate } from '@/app/time/alliance-time';
import { MaterialPicker, TopicPicker, type PickedOption } from './library-pickers';

export interface EventFormProps {
  form: FormInstance<EventFormValues>;
  initialValues: Partial<EventFormValues>;
  /** New events: the kind is chosen once; the secretariat also names the host. */
  creating: boolean;
  chooseHost: boolean;
  submitting: boolean;
  submitLabel: string;
  failure: string | null;
  known: { members: readonly MemberOption[]; materials: readonly PickedOption[]; topics: readonly PickedOption[] };
  onFinish: (values: EventFormValues) => void;
}

/** Every field of an event, with the itinerary editor: stops per day, added, removed and moved. */
export function EventForm({ form, initialValues, creating, chooseHost, submitting, submitLabel, failure, known, onFinish }: EventFormProps) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const dates = Form.useWatch('dates', form) as [Dayjs, Dayjs] | undefined;
  const invite = Form.useWatch('invite', form) as EventFormValues['invite'] | undefined;
  const days = dates?.[0] && dates[1] ? daysBetween(toDay(dates[0]), toDay(dates[1])) : [];
  const coordinate = (min: number, max: number) => <InputNumber min={min} max={max} step={0.0001} style={{ width: '100%' }} />;

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} className="event-form" scrollToFirstError>
      <Card size="small">
        {creating && (
          <Form.Item name="kind" label={t('events.form.kind')} rules={[selectRequiredRule(t)]}>
            <Radio.Group optionType="button" options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`enums.eventKind.${kind}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('events.form.title')} rules={[requiredRule(t), ...lengthRules(t, EVENT_LIMITS.title)]}>
          <Input />
        </Form.Item>
        {chooseHost && (
          <Form.Item name="hostMemberId" label={t('events.form.host')} extra={t('events.form.hostHelp')}>
            <MemberPicker knownOptions={known.members} />
          </Form.Item>
        )}
        <div className="event-form-row">
          <Form.Item
            name="dates"
            label={t('events.form.dates')}
            extra={t('events.form.datesHelp')}
            rules={[
              selectRequiredRule(t),
              {
                validator: async (_rule, value: [Dayjs, Dayjs] | undefined) => {
                  if (!value) return;
                  if (daysBetween(toDay(value[0]), toDay(value[1])).length > EVENT_LIMITS.days.max) {
                    throw new Error(t('events.form.tooManyDays', { max: EVENT_LIMITS.days.max }));
                  }
                },
              },
            ]}
          >
            <DatePicker.RangePicker
              id={{ start: 'dates', end: 'dates-end' }}
              style={{ width: '100%' }}
              inputReadOnly
              placeholder={[t('events.form.startsOn'), t('events.form.endsOn')]}
            />
          </Form.Item>
          {/* The field's label names the first input; the second has its own. */}
          <label htmlFor="dates-end" className="visually-hidden">
            {t('events.form.endsOn')}
          </label>
          <Form.Item
            name="deadline"
            label={t('events.form.deadline')}
            dependencies={['dates']}
            rules={[
              selectRequiredRule(t),
              ({ getFieldValue }) => ({
                validator: async (_rule, value: Dayjs | undefined) => {
                  const range = getFieldValue('dates') as [Dayjs, Dayjs] | undefined;
                  if (value && range?.[0] && toDay(value) > toDay(range[0])) throw new Error(t('events.form.deadlineAfterStart'));
                },
              }),
            ]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} inputReadOnly />
          </Form.Item>
        </div>
        <Form.Item name="place" label={t('events.form.place')} rules={[requiredRule(t), ...lengthRules(t, EVENT_LIMITS.place)]}>
          <Input />
        </Form.Item>
        <div className="event-form-row">
          <Form.Item name="latitude" label={t('events.form.latitude')} extra={t('events.form.coordinatesHelp')}>
            {coordinate(-90, 90)}
          </Form.Item>
          <Form.Item name="longitude" label={t('events.form.longitude')}>
            {coordinate(-180, 180)}
          </Form.Item>
        </div>
        <Form.Item name="description" label={t('events.form.description')} rules={lengthRules(t, EVENT_LIMITS.description)}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} />
        </Form.Item>
        <div className="event-form-row">
          <Form.Item name="capacity" label={t('events.form.capacity')} rules={[selectRequiredRule(t)]}>
            <InputNumber min={EVENT_LIMITS.capacity.min} max={EVENT_LIMITS.capacity.max} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="placesPerMember"
            label={t('events.form.placesPerMember')}
            dependencies={['capacity']}
            rules={[
              selectRequiredRule(t),
              ({ getFieldValue }) => ({
                validator: async (_rule, value: number | undefined) => {
                  const capacity = getFieldValue('capacity') as number | undefined;
                  if (value && capacity && value > capacity) throw new Error(t('events.form.placesPerMemberTooMany'));
                },
              }),
            ]}
          >
            <InputNumber min={EVENT_LIMITS.placesPerMember.min} max={EVENT_LIMITS.placesPerMember.max} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item name="invite" label={t('events.form.invite')}>
          <Radio.Group
            options={[
              { value: 'ALL', label: t('events.form.inviteAll') },
              { value: 'CHOSEN', label: t('events.form.inviteChosen') },
            ]}
          />
        </Form.Item>
        {invite === 'CHOSEN' && (
          <Form.Item name="invitedMemberIds" label={t('events.form.invitedMembers')} rules={[selectRequiredRule(t)]}>
            <MemberPicker multiple knownOptions={known.members} placeholder={t('events.form.invitedMembersPlaceholder')} maxCount={EVENT_LIMITS.invitedMembers.max} />
          </Form.Item>
        )}
        <Form.Item name="materialIds" label={t('events.form.materials')}>
          <MaterialPicker knownOptions={known.materials} maxCount={EVENT_LIMITS.materials.max} />
        </Form.Item>
        <Form.Item name="topicIds" label={t('events.form.topics')}>
          <TopicPicker knownOptions={known.topics} maxCount={EVENT_LIMITS.topics.max} />
        </Form.Item>
      </Card>
      <Card size="small" title={t('events.form.itinerary')} style={{ marginTop: 16 }}>
        {days.length === 0 ? (
          <Alert type="info" showIcon title={t('events.form.setDatesFirst')} />
        ) : (
          <Form.List name="stops">
            {(fields, { add, remove, move }) => (
              <div className="stack" data-testid="stops-editor">
                {fields.map((field, index) => (
                  <div key={field.key} className="event-stop-editor" data-testid="stop-editor" role="group" aria-labelledby={`stop-editor-${field.key}`}>
                    <div className="event-stop-number" id={`stop-editor-${field.key}`}>
                      #{index + 1}
                    </div>
                    <div className="event-stop-grid">
                      <Form.Item name={[field.name, 'day']} label={t('events.form.stopDay')} rules={[selectRequiredRule(t)]}>
                        <Select options={days.map((day) => ({ value: day, label: formatCalendarDate(day, english) }))} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'startsAt']}
                        label={t('events.form.stopStartsAt')}
                        rules={[requiredRule(t), { pattern: EVENT_TIME_PATTERN, message: t('events.form.timeFormat') }]}
                      >
                        <Input placeholder="09:00" inputMode="numeric" maxLength={5} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'endsAt']} label={t('events.form.stopEndsAt')} rules={[{ pattern: EVENT_TIME_PATTERN, message: t('events.form.timeFormat') }]}>
                        <Input placeholder="11:30" inputMode="numeric" maxLength={5} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'place']} label={t('events.form.stopPlace')} rules={[requiredRule(t), ...lengthRules(t, EVENT_LIMITS.stopPlace)]}>
                        <Input />
                      </Form.Item>
                      <Form.Item name={[field.name, 'latitude']} label={t('events.form.latitude')}>
                        {coordinate(-90, 90)}
                      </Form.Item>
                      <Form.Item name={[field.name, 'longitude']} label={t('events.form.longitude')}>
                        {coordinate(-180, 180)}
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'activity']}
                        label={t('events.form.stopActivity')}
                        rules={[requiredRule(t), ...lengthRules(t, EVENT_LIMITS.stopActivity)]}
                        className="event-stop-activity"
                      >
                        <Input />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'leader']}
                        label={t('events.form.stopLeader')}
                        rules={lengthRules(t, EVENT_LIMITS.stopLeader)}
                        className="event-stop-leader"
                      >
                        <Input />
                      </Form.Item>
                    </div>
                    <Space wrap>
                      <Button size="small" icon={<ArrowUpOutlined aria-hidden />} disabled={index === 0} onClick={() => move(index, index - 1)}>
                        {t('events.form.moveUp')}
                      </Button>
                      <Button size="small" icon={<ArrowDownOutlined aria-hidden />} disabled={index === fields.length - 1} onClick={() => move(index, index + 1)}>
                        {t('events.form.moveDown')}
                      </Button>
                      <Button size="small" danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)}>
                        {t('events.form.removeStop')}
                      </Button>
                    </Space>
                  </div>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined aria-hidden />}
                  disabled={fields.length >= EVENT_LIMITS.stops.max}
                  onClick={() => {
                    const stops = (form.getFieldValue('stops') as EventFormValues['stops']) ?? [];
                    add({ day: stops[stops.length - 1]?.day ?? days[0], startsAt: '', place: '', activity: '' });
                  }}
                >
                  {t('events.form.addStop')}
                </Button>
              </div>
            )}
          </Form.List>
        )}
      </Card>
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginTop: 16 }} />}
      <Button type="primary" htmlType="submit" loading={submitting} style={{ marginTop: 16 }}>
        {submitLabel}
      </Button>
    </Form>
  );
}
