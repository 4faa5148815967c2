/**
 * A big Instagram Direct page for the content-script benchmark, built from the e2e fixture page
 * (tests/fixtures/pages/instagram.html): the same markup and window.__fixture helpers, with its
 * THREADS table replaced by a generated inbox: `chats` threads in the Primary tab (a third
 * unread, a few escalating previews, some groups) and `messages` messages in the open thread with
 * date breaks (both directions, pt/en/es/ar, a few escalating). Open it at /direct/t/<id>/.
 * window.__fixture.addIncoming updates it as Instagram does (one message row appended, the
 * thread's inbox row updated in place and moved to the top); rerenderList rebuilds the list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  threadPlan,
  CUSTOMER_ROUTINE,
  ESCALATING,
  OWNER_ROUTINE,
  personName,
  pick,
  seeded,
  type PageSize,
} from './corpus';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.resolve(here, '../../../tests/fixtures/pages/instagram.html');
const THREADS_RE = /const THREADS = \[[\s\S]*?\n {8}\];/;

/** The thread the benchmark opens. */
export const INSTAGRAM_OPEN_ID = '17842340100000000';

type IgMessage = { brk: string } | { from: 'them' | 'me'; text: string; sender?: string };

function threadId(i: number): string {
  return String(17842340100000000n + BigInt(i));
}

function openThread(rand: () => number, count: number): IgMessage[] {
  const plan = threadPlan(rand, count, 12);
  const out: IgMessage[] = [];
  let lastDay = Number.NaN;
  plan.forEach((m, i) => {
    const day = Math.min(0, -30 + Math.floor((i * 31) / Math.max(1, count)));
    if (day !== lastDay) {
      lastDay = day;
      const hour = String(8 + (i % 10)).padStart(2, '0');
      out.push({
        brk: day === 0 ? `Today ${hour}:15` : day === -1 ? `Yesterday ${hour}:15` : `${-day}d`,
      });
    }
    out.push({ from: m.from, text: m.text });
  });
  return out;
}

export function instagramPage(size: PageSize): string {
  const rand = seeded(20260202 + size.messages);
  const threads: Record<string, unknown>[] = [];
  for (let i = 0; i < size.chats; i++) {
    const name = i === 0 ? 'Sam Rivera' : personName(i);
    const group = i % 41 === 7;
    const unread = i > 0 && rand() < 0.33;
    const fromMe = !unread && rand() < 0.4;
    const escalating = unread && rand() < 0.08;
    const preview = escalating
      ? pick(rand, ESCALATING)
      : pick(rand, fromMe ? OWNER_ROUTINE : CUSTOMER_ROUTINE);
    threads.push({
      id: i === 0 ? INSTAGRAM_OPEN_ID : threadId(i),
      name: group ? `${name} crew` : name,
      ...(group ? {} : { handle: name.toLowerCase().replace(/[^a-z]+/g, '.') }),
      tab: 'primary',
      unread,
      ago: i < 30 ? `${i + 1}m` : `${Math.floor(i / 30)}d`,
      ...(group ? { group } : {}),
      messages:
        i === 0
          ? openThread(rand, size.messages)
          : [
              { brk: 'Today 09:00' },
              {
                from: fromMe ? 'me' : 'them',
                text: preview,
                ...(group && !fromMe ? { sender: 'Priya Nair' } : {}),
              },
            ],
    });
  }
  const html = readFileSync(FIXTURE, 'utf8');
  if (!THREADS_RE.test(html)) throw new Error(`THREADS not found in ${FIXTURE}`);
  return html.replace(THREADS_RE, () => `const THREADS = ${JSON.stringify(threads)};`);
}
