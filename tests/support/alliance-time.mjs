// Alliance time (北京时间, Asia/Shanghai) worked out here, apart from the app's own helpers, so a browser test can say
// what a person in any zone must read.

const ALLIANCE_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An instant's date and time on a Beijing clock. */
export function allianceClock(iso) {
  const parts = Object.fromEntries(ALLIANCE_CLOCK.formatToParts(new Date(iso)).map(({ type, value }) => [type, value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), time: `${parts.hour}:${parts.minute}` };
}

/**
 * An instant as the app writes a date and time: "2026年12月16日 10:00" / "Dec 16, 2026 10:00", followed by
 * （北京时间） / (Beijing time) when the browser keeps another zone (`labelled`).
 */
export function allianceDateTimeText(iso, { english = false, labelled = false } = {}) {
  const { year, month, day, time } = allianceClock(iso);
  if (english) return `${MONTHS[month - 1]} ${day}, ${year} ${time}${labelled ? ' (Beijing time)' : ''}`;
  return `${year}年${month}月${day}日 ${time}${labelled ? '（北京时间）' : ''}`;
}

/** The short form, within the current year: "12月16日 10:00". */
export function allianceDayTimeText(iso) {
  const { month, day, time } = allianceClock(iso);
  return `${month}月${day}日 ${time}`;
}

/** The instant of a wall-clock time in Beijing: `allianceInstant('2026-12-16', '18:00')`. */
export const allianceInstant = (date, time) => new Date(`${date}T${time}:00+08:00`).toISOString();

/** The zone of a browser outside China, for the second run of a flow. */
export const LOS_ANGELES = 'America/Los_Angeles';
