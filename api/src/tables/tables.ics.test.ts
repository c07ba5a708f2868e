import { describe, expect, it } from 'vitest';
import { amsterdamLocal, calendar, escapeText, fold } from './tables.ics.js';

describe('the calendar file', () => {
  it.each([
    ['plain', 'Tafel werk', 'Tafel werk'],
    ['commas and semicolons', 'Zwolle, stadhuis; zaal 2', 'Zwolle\\, stadhuis\\; zaal 2'],
    ['a backslash', 'a\\b', 'a\\\\b'],
    ['newlines', 'een\r\ntwee\ndrie', 'een\\ntwee\\ndrie'],
    ['control characters', 'a\u0007b\u007f', 'ab'],
  ])('escapes text: %s', (_, value, escaped) => expect(escapeText(value)).toBe(escaped));

  it.each([
    ['winter', '2027-01-12T18:30:00Z', '20270112T193000'],
    ['summer', '2027-04-13T17:30:00Z', '20270413T193000'],
  ])('writes Amsterdam wall-clock times in %s', (_, instant, local) => expect(amsterdamLocal(new Date(instant))).toBe(local));

  it('folds lines longer than 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = fold(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(line);
  });

  it('has a VTIMEZONE, one VEVENT per session with UID, DTSTAMP and SEQUENCE, and CRLF line ends', () => {
    const text = calendar(
      'Tafel',
      [
        {
          id: 't1',
          title: 'Tafel werk',
          description: 'Over werk',
          url: 'https://koppel.example/tafels/t1',
          sessions: [
            {
              id: 's1',
              startsAt: new Date('2027-04-13T17:30:00Z'),
              endsAt: new Date('2027-04-13T19:30:00Z'),
              location: null,
              joinUrl: 'https://meet.example/x',
              sequence: 2,
            },
          ],
        },
      ],
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam');
    expect(text).toContain('UID:s1@koppel\r\nDTSTAMP:20270101T000000Z\r\nSEQUENCE:2\r\nDTSTART;TZID=Europe/Amsterdam:20270413T193000');
    expect(text).toContain('LOCATION:Online');
    expect(text).toContain('URL:https://koppel.example/tafels/t1');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
  });
});
