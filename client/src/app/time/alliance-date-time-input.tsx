import { DatePicker, Space, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allianceDateOf, allianceInstant, allianceNowPickerValue, alliancePickerValue, dateOfPicker, pickerDate } from './alliance-time';

export interface AllianceDateTimeInputProps {
  /** The instant (ISO), as a form holds it. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The time of day a newly picked date gets, shown in the time field from the start ("HH:mm", alliance time). */
  defaultTime?: string;
  /** Days before today (alliance time) cannot be picked. */
  noPastDays?: boolean;
  id?: string;
  disabled?: boolean;
  /** Names of the two fields for assistive technology (the date's only without `id`: then a form label names it). */
  dateLabel: string;
  timeLabel: string;
  'aria-invalid'?: boolean;
}

const TIME_FORMAT = 'HH:mm';

function timeOf(hhmm: string): Dayjs {
  const [hour = 0, minute = 0] = hhmm.split(':').map(Number);
  return allianceNowPickerValue().hour(hour).minute(minute).second(0).millisecond(0);
}

/**
 * A date and a time in alliance time (北京时间), side by side: one click on a day sets the date (no OK button), the time
 * is always in view and changes as soon as it is picked or typed. A new value takes `defaultTime`, shown from the start.
 */
export function AllianceDateTimeInput({ value, onChange, defaultTime = '18:00', noPastDays, id, disabled, dateLabel, timeLabel, ...rest }: AllianceDateTimeInputProps) {
  const { t } = useTranslation();
  const shown = value ? alliancePickerValue(value) : null;
  // Without a date yet, the time the date will get is kept here and shown.
  const [pendingTime, setPendingTime] = useState<Dayjs>(() => timeOf(defaultTime));
  const time = shown ?? pendingTime;

  const emit = (date: string | null, clock: Dayjs) => {
    if (!onChange) return;
    if (!date) return onChange(null);
    onChange(allianceInstant(pickerDate(date).hour(clock.hour()).minute(clock.minute())));
  };

  return (
    <div className="alliance-date-time">
      <Space.Compact block>
      <DatePicker
        id={id}
        aria-label={id ? undefined : dateLabel}
        aria-invalid={rest['aria-invalid']}
        disabled={disabled}
        value={value ? pickerDate(allianceDateOf(value)) : null}
        onChange={(picked: Dayjs | null) => emit(picked ? dateOfPicker(picked) : null, time)}
        disabledDate={noPastDays ? (day) => day.isBefore(allianceNowPickerValue(), 'day') : undefined}
        format="YYYY-MM-DD"
        inputReadOnly
        style={{ flex: 1, minWidth: 0 }}
      />
      <TimePicker
        aria-label={timeLabel}
        disabled={disabled}
        value={time}
        format={TIME_FORMAT}
        minuteStep={5}
        needConfirm={false}
        showNow={false}
        allowClear={false}
        inputReadOnly
        onChange={(picked: Dayjs | null) => {
          if (!picked) return;
          setPendingTime(picked);
          if (value) emit(allianceDateOf(value), picked);
        }}
        style={{ width: 96, flex: 'none' }}
      />
      </Space.Compact>
      <span className="alliance-date-time-zone">{t('format.allianceZone')}</span>
    </div>
  );
}
