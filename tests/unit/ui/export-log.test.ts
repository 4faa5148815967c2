import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvCell,
  exportFileName,
  logToCsv,
  logToJson,
} from '../../../lib/ui/export-log';
import { makeRow, T0 } from './rows';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+55 48 9999', "'+55 48 9999"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('logToCsv', () => {
  it('writes a header and one quoted, injection-safe line per row', () => {
    const csv = logToCsv([
      makeRow({
        id: 7,
        customer: '=cmd|calc',
        reasons: ['a', 'b, c'],
        excerpt: 'line\nbreak',
        closedAt: T0 + 1000,
      }),
    ]);
    const [header, ...rest] = csv.split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(rest.join('\r\n')).toContain("'=cmd|calc");
    expect(rest.join('\r\n')).toContain('"a; b, c"');
    expect(rest.join('\r\n')).toContain('"line\nbreak"');
    expect(rest.join('\r\n')).toContain('2026-03-14T12:00:01.000Z');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes only the header for an empty log', () => {
    expect(logToCsv([])).toBe(CSV_COLUMNS.join(',') + '\r\n');
  });
});

describe('logToJson', () => {
  it('keeps the data as data, with ISO times', () => {
    const json = JSON.parse(logToJson([makeRow({ id: 3, excerpt: '<b>x</b>' })], T0)) as {
      count: number;
      exportedAt: string;
      escalations: { id: number; excerpt: string; detectedAt: string; closedAt: null }[];
    };
    expect(json.count).toBe(1);
    expect(json.exportedAt).toBe('2026-03-14T12:00:00.000Z');
    expect(json.escalations[0]).toMatchObject({
      id: 3,
      excerpt: '<b>x</b>',
      detectedAt: '2026-03-14T12:00:00.000Z',
      closedAt: null,
    });
  });
});

it('names the files by date', () => {
  expect(exportFileName('csv', T0)).toBe('escalation-radar-log-2026-03-14.csv');
  expect(exportFileName('json', T0)).toBe('escalation-radar-log-2026-03-14.json');
});
