/**
 * A big WhatsApp Web page for the content-script benchmark, built from the e2e fixture page
 * (tests/fixtures/pages/whatsapp.html): the same markup and window.__fixture helpers, with its
 * window.__DATA replaced by a generated shop inbox: `chats` rows in the chat list (a third unread,
 * a few escalating previews, some groups) and `messages` messages in the open conversation over
 * 30 days (both directions, pt/en/es/ar, quotes and pictures, a few escalating).
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
const FIXTURE = path.resolve(here, '../../../tests/fixtures/pages/whatsapp.html');
const DATA_RE = /window\.__DATA = \{[\s\S]*?\n\};/;
const COLOURS = ['#c0846b', '#6b8fc0', '#b06bc0', '#5fa37a', '#c0a56b', '#7a8a99', '#c06b7d'];

/** The conversation the page opens (the first row of the list). */
export const WHATSAPP_OPEN_CHAT = 'Carla Mendes';

interface WaMessage {
  from: 'them' | 'me';
  day: number;
  time: string;
  text?: string;
  media?: boolean;
  quoted?: string;
  sender?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function openThreadMessages(rand: () => number, count: number): WaMessage[] {
  const plan = threadPlan(rand, count, 12);
  return plan.map((m, i) => {
    const day = Math.min(0, -30 + Math.floor((i * 31) / Math.max(1, count)));
    const minute = 8 * 60 + ((i * 7) % (12 * 60));
    const message: WaMessage = {
      from: m.from,
      day,
      time: `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`,
      text: m.text,
    };
    if (rand() < 0.03) message.media = true;
    if (rand() < 0.05 && i > 0) message.quoted = plan[i - 1]?.text;
    return message;
  });
}

export function whatsappPage(size: PageSize): string {
  const rand = seeded(20260101 + size.messages);
  const chats: Record<string, unknown>[] = [];
  for (let i = 0; i < size.chats; i++) {
    const title = i === 0 ? WHATSAPP_OPEN_CHAT : personName(i);
    const group = i % 37 === 5;
    const unread = i > 0 && rand() < 0.33 ? 1 + Math.floor(rand() * 4) : 0;
    const fromMe = !unread && rand() < 0.4;
    const escalating = unread > 0 && rand() < 0.08;
    const preview = escalating
      ? pick(rand, ESCALATING)
      : pick(rand, fromMe ? OWNER_ROUTINE : CUSTOMER_ROUTINE);
    const messages: WaMessage[] =
      i === 0
        ? openThreadMessages(rand, size.messages)
        : [{ from: fromMe ? 'me' : 'them', day: 0, time: '09:00', text: preview }];
    chats.push({
      title: group ? `Grupo ${title}` : title,
      color: COLOURS[i % COLOURS.length],
      when: i < 40 ? `${pad(10 - Math.floor(i / 5))}:${pad((i * 7) % 60)}` : 'Yesterday',
      ...(unread ? { unread } : {}),
      ...(fromMe ? { fromMe } : {}),
      ...(group
        ? { group, muted: i % 2 === 0, sender: 'Leo Martins', members: 'Leo Martins, You' }
        : {}),
      preview: i === 0 ? (messages.at(-1)?.text ?? '') : preview,
      messages,
    });
  }
  const data = { owner: 'Bolsa Bonita', open: WHATSAPP_OPEN_CHAT, chats };
  const html = readFileSync(FIXTURE, 'utf8');
  if (!DATA_RE.test(html)) throw new Error(`window.__DATA not found in ${FIXTURE}`);
  return html.replace(DATA_RE, () => `window.__DATA = ${JSON.stringify(data)};`);
}
