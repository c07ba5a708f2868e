/**
 * RFC 5545 calendars of tables: one VEVENT per session, in Europe/Amsterdam (with its VTIMEZONE), the
 * session id as UID and its `sequence` as SEQUENCE (raised by every change, so calendar apps replace the
 * event rather than add one). Pure: no database, no clock except `now` for DTSTAMP.
 */
export interface IcsSession {
  id: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  joinUrl: string | null;
  sequence: number;
}

export interface IcsTable {
  id: string;
  title: string;
  description: string;
  url: string;
  sessions: readonly IcsSession[];
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const LOCAL = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** `20260407T193000`: the Amsterdam wall-clock time of an instant. */
export function amsterdamLocal(date: Date): string {
  const p = Object.fromEntries(LOCAL.formatToParts(date).map((x) => [x.type, x.value])) as Record<string, string>;
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
}

const utc = (date: Date) => `${date.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11); control characters dropped. */
const isControl = (char: string) => {
  const code = char.charCodeAt(0);
  return (code < 0x20 && char !== '\n' && char !== '\r') || code === 0x7f;
};

export const escapeText = (value: string) =>
  [...value]
    .filter((char) => !isControl(char))
    .join('')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 sequence. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function calendar(name: string, tables: readonly IcsTable[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Koppel//Tafels//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...VTIMEZONE,
  ];
  for (const table of tables)
    for (const session of table.sessions) {
      const where = session.location ?? (session.joinUrl ? 'Online' : null);
      const description = [table.description, session.joinUrl ? `Online: ${session.joinUrl}` : '', table.url].filter(Boolean).join('\n\n');
      lines.push(
        'BEGIN:VEVENT',
        `UID:${session.id}@koppel`,
        `DTSTAMP:${utc(now)}`,
        `SEQUENCE:${session.sequence}`,
        `DTSTART;TZID=Europe/Amsterdam:${amsterdamLocal(session.startsAt)}`,
        `DTEND;TZID=Europe/Amsterdam:${amsterdamLocal(session.endsAt)}`,
        `SUMMARY:${escapeText(table.title)}`,
        ...(where ? [`LOCATION:${escapeText(where)}`] : []),
        `DESCRIPTION:${escapeText(description)}`,
        `URL:${table.url}`,
        'END:VEVENT',
      );
    }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
