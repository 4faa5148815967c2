/**
 * `npm run --silent agreement -- DIR [--library PATH] [--verbose]`: how often our WhatsApp export
 * reader agrees with the expected parses in the test suites of four other parsers, read from their
 * repositories checked out under DIR (a folder per repository, named like "whatsapp-chat-parser"
 * or "Pustur+whatsapp-chat-parser"; nothing of theirs is copied into this project):
 * - Pustur/whatsapp-chat-parser: tests/parser.test.ts, tests/index.test.ts, tests/date.test.ts,
 *   tests/time.test.ts (header formats, system lines, multi-line, attachments, day/month order, AM/PM);
 * - JBGruber/rwhatsapp: tests/testthat/test-rwhatsapp.R (times and authors of each format);
 * - joweich/chat-miner: test/whatsapp/*.txt against test/whatsapp/target.json, and the Instagram
 *   export against test/instagram/target.json;
 * - lucasrodes/whatstk: every header format of whatstk/whatsapp/assets/header_format_support.json,
 *   rendered from the messages of chats/whatsapp/lorem.txt; their test expects each rendering to
 *   parse back to the same chat.
 * With --library PATH (the entry file of the npm package whatsapp-chat-parser), the same
 * expectations are measured for that library too, to decide which engine to use.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readInstagramJson } from '../lib/export/instagram';
import { decideDateOrder, readEntries } from '../lib/export/parse';

/** One parsed entry in a shape both engines produce. */
interface Entry {
  at: string;
  author: string | null;
  text: string;
  media: boolean;
}
type Engine = (text: string) => Entry[];

interface Expectation {
  project: string;
  name: string;
  /** Instagram expectations measure our Instagram reader only; the library reads WhatsApp only. */
  oursOnly?: boolean;
  check: (engine: Engine) => string | null;
}

const wall = (ms: number) =>
  Number.isNaN(ms) ? 'invalid' : new Date(ms).toISOString().slice(0, 19);
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const NOW_YEAR = new Date().getFullYear();

const ours: Engine = (text) => {
  const order = decideDateOrder([text], NOW_YEAR);
  return [...readEntries([text], order, NOW_YEAR)].map((e) => ({
    at: wall(e.at),
    author: e.author,
    text: e.text,
    media: e.kind === 'media',
  }));
};

interface LibraryMessage {
  date: Date;
  author: string | null;
  message: string;
  attachment?: { fileName: string };
}
type ParseString = (text: string, options?: { parseAttachments?: boolean }) => LibraryMessage[];

function libraryEngine(parseString: ParseString): Engine {
  const two = (n: number) => String(n).padStart(2, '0');
  return (text) =>
    parseString(text, { parseAttachments: true }).map((m) => ({
      at: Number.isNaN(m.date.getTime())
        ? 'invalid'
        : `${m.date.getFullYear()}-${two(m.date.getMonth() + 1)}-${two(m.date.getDate())}T${two(m.date.getHours())}:${two(m.date.getMinutes())}:${two(m.date.getSeconds())}`,
      author: m.author,
      text: m.message,
      media: m.attachment !== undefined,
    }));
}

function findRepo(dir: string, name: string): string | null {
  if (!existsSync(dir)) return null;
  const hit = readdirSync(dir).find(
    (d) => d === name || d.endsWith(`+${name}`) || d.endsWith(`-${name}`),
  );
  return hit === undefined ? null : path.join(dir, hit);
}

/** String literals of JavaScript/TypeScript ('…' with \n and \' escapes) or R ("…"). */
function literals(source: string, quote: "'" | '"' | '`'): string[] {
  const out: string[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== quote) continue;
    let s = '';
    for (i++; i < source.length && source[i] !== quote; i++) {
      if (source[i] === '\\') {
        const next = source[++i];
        s += next === 'n' ? '\n' : next === 't' ? '\t' : (next ?? '');
      } else s += source[i] ?? '';
    }
    out.push(s);
  }
  return out;
}

/** The text of the balanced (…) that starts at `open` (a "(" index), skipping string literals. */
function balanced(source: string, open: number): string {
  let depth = 0;
  let quote = '';
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return source.slice(open + 1, i);
  }
  return source.slice(open + 1);
}

function describeBlock(source: string, title: string): string {
  const start = source.indexOf(`describe('${title}'`);
  return start < 0 ? '' : balanced(source, source.indexOf('(', start));
}

const fail = (why: string, got: unknown) => `${why}; got ${JSON.stringify(got).slice(0, 300)}`;

// ---------------------------------------------------------------- Pustur/whatsapp-chat-parser

function pustur(repo: string): Expectation[] {
  const project = 'Pustur/whatsapp-chat-parser';
  const out: Expectation[] = [];
  const parser = readFileSync(path.join(repo, 'tests/parser.test.ts'), 'utf8');
  const expected = new Map<string, string>();
  for (const m of parser.matchAll(/const (expected\d+) = '([^']+)'/g))
    expected.set(m[1] ?? '', m[2] ?? '');
  const formats = new Map<string, string>();
  for (const m of parser.matchAll(
    /const (format\d+) = \[\{ system: false, msg: ('(?:[^'\\]|\\.)*') \}\]/g,
  )) {
    formats.set(m[1] ?? '', literals(m[2] ?? '', "'")[0] ?? '');
  }
  for (const m of parser.matchAll(
    /expect\(parsed(\d+)\[0\]\.date\.toISOString\(\)\)\.toBe\((expected\d+)\)/g,
  )) {
    const line = formats.get(`format${m[1]}`) ?? '';
    const want = (expected.get(m[2] ?? '') ?? '').slice(0, 19);
    out.push({
      project,
      name: `format ${m[1]}: ${line}`,
      check: (engine) => {
        const got = engine(line);
        return got.length === 1 && got[0]?.at === want ? null : fail(`want ${want}`, got);
      },
    });
  }
  const arrays = new Map<string, string[]>();
  for (const m of parser.matchAll(/const (\w+Message) = \[([\s\S]*?)\];/g)) {
    arrays.set(m[1] ?? '', literals(m[2] ?? '', "'"));
  }
  const multiline = arrays.get('multilineMessage') ?? [];
  const withDate = [...multiline, '2016-04-29 10:30:00'];
  for (const [lines, name] of [
    [multiline, 'merges a multi-line message'],
    [withDate, 'a continuation line holding a date'],
  ] as const) {
    out.push({
      project,
      name,
      check: (engine) => {
        const got = engine(lines.join('\n'));
        const body = lines.join('\n').replace(/^.*?: /, '');
        return got.length === 1 && got[0]?.text === body
          ? null
          : fail(`want one message "${body}"`, got);
      },
    });
  }
  for (const [key, system] of [
    ['systemMessage', true],
    ['emptyMessage', false],
    ['multilineSystemMessage', true],
  ] as const) {
    const lines = arrays.get(key) ?? [];
    out.push({
      project,
      name: `${key} is ${system ? '' : 'not '}a system line`,
      check: (engine) => {
        const got = engine(lines.join('\n'));
        return got.length === 1 && (got[0]?.author === null) === system ? null : fail('', got);
      },
    });
  }
  const normal = describeBlock(parser, 'normal messages');
  const normalLine = literals(normal.slice(normal.indexOf('msg:')), "'")[0] ?? '';
  const nums = [
    ...normal.matchAll(/get(FullYear|Month|Date|Hours|Minutes|Seconds)\(\)\)\.toBe\((\d+)\)/g),
  ].map((m) => Number(m[2]));
  const [y, mo, d, h, mi, s] = nums;
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  const wantNormal = `${y}-${two((mo ?? 0) + 1)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}`;
  const wantAuthor = /author\)\.toBe\('([^']*)'\)/.exec(normal)?.[1];
  const wantMessage = /message\)\.toBe\('([^']*)'\)/.exec(normal)?.[1];
  out.push({
    project,
    name: `normal message: ${normalLine}`,
    check: (engine) => {
      const got = engine(normalLine)[0];
      return got?.at === wantNormal && got.author === wantAuthor && got.text === wantMessage
        ? null
        : fail(`want ${wantNormal} ${wantAuthor} ${wantMessage}`, got);
    },
  });
  const attachments = describeBlock(parser, 'parseAttachments');
  for (const m of attachments.matchAll(/const (format\d) =\s*('(?:[^'\\]|\\.)*');/g)) {
    const line = literals(m[2] ?? '', "'")[0] ?? '';
    out.push({
      project,
      name: `attachment ${m[1]}: ${line.split('\n')[0]}`,
      check: (engine) =>
        engine(line)[0]?.media === true ? null : fail('want media', engine(line)),
    });
  }
  out.push({
    project,
    name: 'attachments: an ordinary message is not media',
    check: (engine) => (engine('3/6/18, 1:55 p.m. - a: m')[0]?.media === false ? null : 'media'),
  });
  const index = readFileSync(path.join(repo, 'tests/index.test.ts'), 'utf8');
  const chat = literals(index.slice(index.indexOf('const chatExample')), '`')[0] ?? '';
  const count = Number(/toHaveLength\((\d+)\)/.exec(index)?.[1]);
  out.push({
    project,
    name: `index: ${count} entries in the sample chat`,
    check: (engine) => (engine(chat).length === count ? null : fail(`want ${count}`, engine(chat))),
  });
  const lastText = literals(index.slice(index.indexOf('messages[4].message')), "'")[0] ?? '';
  out.push({
    project,
    name: 'index: empty lines inside a message are kept',
    check: (engine) =>
      engine(chat)[4]?.text === lastText.trim() ? null : fail(lastText, engine(chat)[4]),
  });
  const fix = literals(index.slice(index.indexOf('issue #237')), "'");
  const fixInput = fix.find((s) => s.includes('\n')) ?? '';
  const fixWant = fix.filter((s) => /^\d{4}-/.test(s)).map((s) => s.slice(0, 19));
  out.push({
    project,
    name: 'index: fix for a late day above 12',
    check: (engine) => {
      const got = engine(fixInput).map((e) => e.at);
      return JSON.stringify(got) === JSON.stringify(fixWant) ? null : fail(fixWant.join(' '), got);
    },
  });
  // Day/month order helpers: each case becomes a chat with those dates; "null" cases claim nothing.
  const date = readFileSync(path.join(repo, 'tests/date.test.ts'), 'utf8');
  for (const fn of ['checkAbove12', 'checkDecreasing', 'changeFrequencyAnalysis']) {
    const block = describeBlock(date, fn);
    const sets = new Map<string, number[][]>();
    for (const m of block.matchAll(/const (\w+) = \[([\s\S]*?)\];/g)) {
      sets.set(
        m[1] ?? '',
        [...(m[2] ?? '').matchAll(/\[(\d+), (\d+), (\d+)\]/g)].map((t) => t.slice(1).map(Number)),
      );
    }
    for (const m of block.matchAll(
      new RegExp(`${fn}\\((\\w+)\\)\\)\\.toBe\\((true|false)\\)`, 'g'),
    )) {
      const dates = sets.get(m[1] ?? '') ?? [];
      const dayFirst = m[2] === 'true';
      const text = dates.map(([a, b, c]) => `${a}/${b}/${c}, 10:00 - a: m`).join('\n');
      out.push({
        project,
        name: `${fn}(${m[1]}) is ${dayFirst ? 'day' : 'month'} first`,
        check: (engine) => {
          const first = engine(text)[0]?.at.slice(0, 10);
          const [a, b, c] = dates[0] ?? [];
          const want = dayFirst ? `${c}-${two(b)}-${two(a)}` : `${c}-${two(a)}-${two(b)}`;
          return first === want ? null : fail(`want ${want}`, first);
        },
      });
    }
  }
  const time = readFileSync(path.join(repo, 'tests/time.test.ts'), 'utf8');
  for (const m of time.matchAll(
    /convertTime12to24\('([\d:]+)', '(AM|PM)'\)\)\.toBe\('([\d:]+)'\)/g,
  )) {
    const [hh, mm, ss] = (m[1] ?? '').split(':');
    const line = `[01/01/2020, ${hh}:${mm}${ss ? `:${ss}` : ''} ${m[2]}] a: m`;
    const want = (m[3] ?? '').padEnd(8, ':00').slice(0, 8);
    out.push({
      project,
      name: `${m[1]} ${m[2]} is ${m[3]}`,
      check: (engine) => (engine(line)[0]?.at.slice(11) === want ? null : fail(want, engine(line))),
    });
  }
  for (const m of time.matchAll(/normalizeAMPM\('([^']+)'\)\)\.toBe\('(AM|PM)'\)/g)) {
    const line = `[01/01/2020, 01:00:00 ${m[1]}] a: m`;
    const want = m[2] === 'PM' ? '13:00:00' : '01:00:00';
    out.push({
      project,
      name: `"${m[1]}" is ${m[2]}`,
      check: (engine) => (engine(line)[0]?.at.slice(11) === want ? null : fail(want, engine(line))),
    });
  }
  return out;
}

// ---------------------------------------------------------------- JBGruber/rwhatsapp

function rwhatsapp(repo: string): Expectation[] {
  const project = 'JBGruber/rwhatsapp';
  const source = readFileSync(path.join(repo, 'tests/testthat/test-rwhatsapp.R'), 'utf8');
  const converted = [
    ...(/converted <- structure\(c\(([\d., ]+)\)/.exec(source)?.[1] ?? '').split(','),
  ].map(Number);
  const out: Expectation[] = [];
  for (const m of source.matchAll(/expect_(equal|warning)\(/g)) {
    const block = balanced(source, m.index + m[0].length - 1);
    const call = block.indexOf('rwa_read(x = c(');
    if (call < 0) continue;
    const args = balanced(block, block.indexOf('(', call));
    if (/format = /.test(args)) continue; // a format given by the caller tests their option, not reading
    const lines = literals(balanced(args, args.indexOf('(')), '"');
    const after = block.slice(call + args.length);
    const comment = /#\s*([^\n]+)\n[^#]*$/.exec(source.slice(0, m.index))?.[1] ?? '';
    const name = `${comment.trim()}: ${lines[0] ?? ''}`;
    if (m[1] === 'warning') {
      out.push({
        project,
        name: `not a date it can read: ${lines[0]}`,
        check: (engine) =>
          engine(lines.join('\n')).length === 0
            ? null
            : fail('want nothing read', engine(lines.join('\n'))),
      });
    } else if (/\$time/.test(after)) {
      const tolerance = Number(/tolerance = (\d+)/.exec(after)?.[1] ?? 60);
      let want: number[] = converted;
      const structure = /structure\(c\(([\d., ]+)\)/.exec(after);
      if (structure) want = (structure[1] ?? '').split(',').map(Number);
      const yearNow = /format\(Sys\.Date\(\), "%Y"\)/.test(after);
      if (yearNow) {
        want = literals(after.slice(after.indexOf('c(')), '"')
          .filter((s) => s.startsWith('-'))
          .map((s) => Date.parse(`${NOW_YEAR}${s.replace(' GMT', 'Z').replace(' ', 'T')}`) / 1000);
      }
      out.push({
        project,
        name,
        check: (engine) => {
          const got = engine(lines.join('\n'));
          const ok =
            got.length === want.length &&
            got.every(
              (e, i) => Math.abs(Date.parse(`${e.at}Z`) / 1000 - (want[i] ?? 0)) <= tolerance,
            );
          return ok
            ? null
            : fail(
                `want ${want.map((w) => new Date(w * 1000).toISOString()).join(' ')}`,
                got.map((e) => e.at),
              );
        },
      });
    } else if (/\$author/.test(after)) {
      const labels = literals(/\.Label = c\(([^)]*)\)/.exec(after)?.[1] ?? '', '"');
      out.push({
        project,
        name: `authors: ${lines[0]}`,
        check: (engine) => {
          const got = engine(lines.join('\n')).map((e) => e.author);
          return JSON.stringify(got) === JSON.stringify(labels)
            ? null
            : fail(labels.join(', '), got);
        },
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- joweich/chat-miner

interface Target {
  timestamp: string;
  author: string;
  message: string;
}

function chatMiner(repo: string): Expectation[] {
  const project = 'joweich/chat-miner';
  const dir = path.join(repo, 'test/whatsapp');
  const target = JSON.parse(readFileSync(path.join(dir, 'target.json'), 'utf8')) as Target[];
  const out: Expectation[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const t of target) {
      out.push({
        project,
        name: `${file}: ${t.timestamp} ${t.author}`,
        check: (engine) => {
          const got = engine(text).filter((e) => e.author !== null && e.text !== '');
          const hit = got.find(
            (e) =>
              e.at === t.timestamp && e.author === t.author && flat(e.text) === flat(t.message),
          );
          return hit ? null : fail(`want ${t.timestamp} ${t.author}: ${t.message}`, got);
        },
      });
    }
    out.push({
      project,
      name: `${file}: exactly ${target.length} messages`,
      check: (engine) => {
        const got = engine(text).filter((e) => e.author !== null && e.text !== '');
        return got.length === target.length ? null : fail(`want ${target.length}`, got);
      },
    });
  }
  return out;
}

function chatMinerInstagram(repo: string): Expectation[] {
  const project = 'joweich/chat-miner (Instagram)';
  const dir = path.join(repo, 'test/instagram');
  const target = JSON.parse(readFileSync(path.join(dir, 'target.json'), 'utf8')) as Target[];
  const thread = readInstagramJson(readFileSync(path.join(dir, 'test_export.json'), 'utf8'));
  return target.map((t) => ({
    project,
    oursOnly: true,
    name: `${t.timestamp} ${t.author}`,
    check: () => {
      const hit = thread.messages.find(
        (m) => wall(m.at) === t.timestamp && m.author === t.author && m.text === t.message,
      );
      return hit ? null : fail(`want ${t.timestamp} ${t.author}: ${t.message}`, thread.messages);
    },
  }));
}

// ---------------------------------------------------------------- lucasrodes/whatstk

interface Truth {
  date: Date;
  name: string;
  text: string;
}

function strftime(format: string, d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const h = d.getUTCHours();
  const codes: Record<string, string> = {
    '%d': two(d.getUTCDate()),
    '%m': two(d.getUTCMonth() + 1),
    '%y': two(d.getUTCFullYear() % 100),
    '%Y': String(d.getUTCFullYear()),
    '%H': two(h),
    '%I': two(h % 12 === 0 ? 12 : h % 12),
    '%M': two(d.getUTCMinutes()),
    '%S': two(d.getUTCSeconds()),
    '%p': h < 12 ? 'AM' : 'PM',
  };
  return format.replace(/%[dmyYHIMSp]/g, (c) => codes[c] ?? c);
}

function whatstk(repo: string): Expectation[] {
  const project = 'lucasrodes/whatstk';
  const formats = (
    JSON.parse(
      readFileSync(path.join(repo, 'whatstk/whatsapp/assets/header_format_support.json'), 'utf8'),
    ) as {
      format: string;
    }[]
  ).map((f) => f.format);
  // The sample chat is written as "[%d-%m-%y %H:%M:%S] %name: text".
  const truth: Truth[] = [];
  for (const line of readFileSync(path.join(repo, 'chats/whatsapp/lorem.txt'), 'utf8').split(
    '\n',
  )) {
    const m = /^\[(\d\d)-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\] ([^:]+): (.*)$/.exec(line);
    if (!m) continue;
    const [d, mo, y, h, mi, s] = m.slice(1, 7).map(Number);
    truth.push({
      date: new Date(Date.UTC(2000 + (y ?? 0), (mo ?? 1) - 1, d, h, mi, s)),
      name: m[7] ?? '',
      text: m[8] ?? '',
    });
  }
  return formats.map((format) => ({
    project,
    name: format,
    check: (engine) => {
      const text = truth
        .map((t) => `${strftime(format.replace('%name', t.name), t.date)} ${t.text}`)
        .join('\n');
      const got = engine(text);
      const seconds = format.includes('%S');
      const bad = truth.findIndex((t, i) => {
        const e = got[i];
        const want = t.date.toISOString().slice(0, seconds ? 19 : 16);
        return (
          !e ||
          e.at.slice(0, seconds ? 19 : 16) !== want ||
          e.author !== t.name ||
          flat(e.text) !== flat(t.text)
        );
      });
      return bad < 0 && got.length === truth.length
        ? null
        : fail(`message ${bad}: want ${truth[bad]?.date.toISOString()}`, got[bad]);
    },
  }));
}

// ---------------------------------------------------------------- main

async function main() {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  const libraryIndex = args.indexOf('--library');
  const verbose = args.includes('--verbose');
  if (dir === undefined) {
    process.stderr.write('usage: npm run --silent agreement -- DIR [--library PATH] [--verbose]\n');
    process.exitCode = 2;
    return;
  }
  const engines: [string, Engine][] = [['ours', ours]];
  if (libraryIndex >= 0) {
    const lib = (await import(pathToFileURL(path.resolve(args[libraryIndex + 1] ?? '')).href)) as {
      parseString: ParseString;
    };
    engines.push(['whatsapp-chat-parser', libraryEngine(lib.parseString)]);
  }
  const sources: [string, (repo: string) => Expectation[]][] = [
    ['whatsapp-chat-parser', pustur],
    ['rwhatsapp', rwhatsapp],
    ['chat-miner', chatMiner],
    ['whatstk', whatstk],
  ];
  const expectations: Expectation[] = [];
  for (const [name, read] of sources) {
    const repo = findRepo(dir, name);
    if (repo === null) {
      process.stderr.write(`agreement: no ${name} checkout under ${dir}\n`);
      continue;
    }
    expectations.push(...read(repo));
    if (name === 'chat-miner') expectations.push(...chatMinerInstagram(repo));
  }
  const rows = new Map<string, number[]>();
  const failures: string[] = [];
  for (const e of expectations) {
    const row = rows.get(e.project) ?? [0, ...engines.map(() => 0)];
    row[0] = (row[0] ?? 0) + 1;
    engines.forEach(([engineName, engine], i) => {
      if (e.oursOnly && i > 0) return;
      let problem: string | null;
      try {
        problem = e.check(engine);
      } catch (error) {
        problem = `threw ${(error as Error).message}`;
      }
      if (problem === null) row[i + 1] = (row[i + 1] ?? 0) + 1;
      else if (verbose) failures.push(`[${engineName}] ${e.project} — ${e.name}\n    ${problem}`);
    });
    rows.set(e.project, row);
  }
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  const header = ['project', 'expectations', ...engines.map(([n]) => n)];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  const totals = [0, ...engines.map(() => 0)];
  for (const [project, row] of rows) {
    const n = row[0] ?? 0;
    const oursOnly = expectations.some((e) => e.project === project && e.oursOnly);
    const cells = row
      .slice(1)
      .map((a, i) => (oursOnly && i > 0 ? 'not applicable' : `${a} (${pct(a, n)})`));
    lines.push(`| ${project} | ${n} | ${cells.join(' | ')} |`);
    if (!oursOnly) row.forEach((v, i) => (totals[i] = (totals[i] ?? 0) + v));
  }
  const total = totals[0] ?? 0;
  const all = totals.slice(1).map((a) => `${a} (${pct(a, total)})`);
  lines.push(`| all WhatsApp expectations | ${total} | ${all.join(' | ')} |`);
  process.stdout.write(`${[...failures, ...lines].join('\n')}\n`);
}

await main();
