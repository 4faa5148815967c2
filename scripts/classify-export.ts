/**
 * The chat-export mode of `npm run classify`: prints a backtest report. Human-readable by default
 * (owner, then per conversation the messages that would escalate with their reasons); with --json,
 * one JSON line per message that would escalate:
 * {"conversation","owner","at","text","escalate","category","categories","score","lang","reasons"},
 * where "at" is the export's own wall-clock time ("2024-12-31T21:41:00", no zone). With --messages,
 * one JSON line per message of the export, in file order:
 * {"conversation","at","author","text","media","role"} and, for customer messages,
 * "escalate","category","reasons".
 */
import type { MessageVerdict } from '../lib/export';
import type { BacktestHit, BacktestReport } from '../lib/export/types';

const wallClock = (at: number) => new Date(at).toISOString().slice(0, 19);

function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function categoryLabel(hit: BacktestHit): string {
  const others = hit.categories.filter((c) => c !== hit.category);
  return `${hit.category ?? 'escalate'}${others.length > 0 ? ` (+ ${others.join(', ')})` : ''}`;
}

export function formatReport(name: string, messages: number, report: BacktestReport): string[] {
  const owner = report.owner === null ? 'none' : report.owner;
  const out = [
    `${name}: ${messages} messages from ${report.authors.join(', ')}`,
    `Owner: ${owner} (${report.ownerReason}${report.ownerReason === 'given by name' ? '' : '; choose with --owner'})`,
    `Would escalate: ${report.escalations} of ${report.customerMessages} customer messages`,
  ];
  for (const c of report.conversations) {
    out.push('');
    const count = c.escalations.length === 0 ? 'none' : String(c.escalations.length);
    out.push(
      `Conversation with ${c.customer}: ${count} of ${c.customerMessages} messages would escalate`,
    );
    for (const hit of c.escalations) {
      const when = wallClock(hit.at).replace('T', ' ').slice(0, 16);
      out.push(
        `  ${when}  ${categoryLabel(hit)}  score ${hit.score.toFixed(2)}  "${excerpt(hit.text)}"`,
      );
      for (const reason of hit.reasons) out.push(`      - ${reason}`);
    }
  }
  return out;
}

export function reportJsonLines(report: BacktestReport): string[] {
  return report.conversations.flatMap((c) =>
    c.escalations.map((hit) =>
      JSON.stringify({
        conversation: c.customer,
        owner: report.owner,
        at: wallClock(hit.at),
        text: hit.text,
        escalate: true,
        category: hit.category,
        categories: hit.categories,
        score: hit.score,
        lang: hit.lang,
        reasons: hit.reasons,
      }),
    ),
  );
}

export function messageLine(verdict: MessageVerdict): string {
  const { message, conversation, role, result } = verdict;
  const line: Record<string, unknown> = {
    conversation,
    at: wallClock(message.at),
    author: message.author,
    text: message.text,
    media: message.hasMedia,
    role,
  };
  if (role === 'customer') {
    line['escalate'] = result?.escalate ?? false;
    line['category'] = result?.category ?? null;
    line['reasons'] = result?.reasons ?? [];
  }
  return JSON.stringify(line);
}
