import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chatSource, fixText, openExport, readInstagramJson } from '../../../lib/export';

/** Writes text the way Instagram's download does: each UTF-8 byte as a Latin-1 code point. */
const mojibake = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

function thread(title: string, messages: object[], participants: string[]) {
  return JSON.stringify({
    participants: participants.map((name) => ({ name: mojibake(name) })),
    title: mojibake(title),
    messages,
  });
}

describe('fixText', () => {
  it.each([
    ['Olá, não recebi 😡', 'Olá, não recebi 😡'],
    ['Çok güzel', 'Çok güzel'],
    ['plain ascii', 'plain ascii'],
  ])('undoes the escaping of %s', (original, fixed) => {
    expect(fixText(mojibake(original))).toBe(fixed);
  });

  it('leaves text that is not mojibake alone', () => {
    expect(fixText('é')).toBe('é');
    expect(fixText('já 😡')).toBe('já 😡');
  });
});

describe('readInstagramJson', () => {
  const json = thread(
    'Lúcia Prado',
    [
      {
        sender_name: 'Loja Sol',
        timestamp_ms: Date.UTC(2024, 2, 1, 10, 5),
        content: mojibake('Já enviámos 🙂'),
      },
      {
        sender_name: mojibake('Lúcia Prado'),
        timestamp_ms: Date.UTC(2024, 2, 1, 10, 4),
        photos: [{ uri: 'x.jpg' }],
      },
      {
        sender_name: mojibake('Lúcia Prado'),
        timestamp_ms: Date.UTC(2024, 2, 1, 10, 3),
        content: 'Reacted ❤ to your message',
      },
      {
        sender_name: mojibake('Lúcia Prado'),
        timestamp_ms: Date.UTC(2024, 2, 1, 10, 2),
        content: 'old',
        is_unsent: true,
      },
      {
        sender_name: mojibake('Lúcia Prado'),
        timestamp_ms: Date.UTC(2024, 2, 1, 10, 1),
        content: mojibake('Quero falar com uma pessoa, já!'),
      },
    ],
    ['Lúcia Prado', 'Loja Sol'],
  );

  it('reads messages oldest first, fixed, without reactions or unsent ones', () => {
    const read = readInstagramJson(json);
    expect(read.title).toBe('Lúcia Prado');
    expect(read.participants).toEqual(['Lúcia Prado', 'Loja Sol']);
    expect(read.messages).toEqual([
      {
        at: Date.UTC(2024, 2, 1, 10, 1),
        author: 'Lúcia Prado',
        text: 'Quero falar com uma pessoa, já!',
        hasMedia: false,
        conversation: 'Lúcia Prado',
      },
      {
        at: Date.UTC(2024, 2, 1, 10, 4),
        author: 'Lúcia Prado',
        text: '',
        hasMedia: true,
        conversation: 'Lúcia Prado',
      },
      {
        at: Date.UTC(2024, 2, 1, 10, 5),
        author: 'Loja Sol',
        text: 'Já enviámos 🙂',
        hasMedia: false,
        conversation: 'Lúcia Prado',
      },
    ]);
  });

  it('is recognised as a file on its own', () => {
    const source = openExport('message_1.json', strToU8(json));
    expect(source.platform).toBe('instagram');
  });

  it('a whole download: every thread, and the account holder is the one in all of them', () => {
    const other = thread(
      'Rui Paz',
      [{ sender_name: 'Rui Paz', timestamp_ms: Date.UTC(2024, 2, 2, 9, 0), content: 'Olá' }],
      ['Rui Paz', 'Loja Sol'],
    );
    const zip = zipSync({
      'your_instagram_activity/messages/inbox/luciaprado_123/message_1.json': strToU8(json),
      'your_instagram_activity/messages/inbox/ruipaz_456/message_1.json': strToU8(other),
      'your_instagram_activity/messages/inbox/ruipaz_456/photos/1.jpg': new Uint8Array([
        0xff, 0xd8,
      ]),
      'personal_information/personal_information.json': strToU8('{}'),
    });
    const source = chatSource(openExport('instagram-lojasol-2024.zip', zip));
    expect(source.platform).toBe('instagram');
    expect(source.accountHolder).toBe('Loja Sol');
    expect([...source.messages()].map((m) => [m.conversation, m.author])).toEqual([
      ['Lúcia Prado', 'Lúcia Prado'],
      ['Lúcia Prado', 'Lúcia Prado'],
      ['Lúcia Prado', 'Loja Sol'],
      ['Rui Paz', 'Rui Paz'],
    ]);
  });
});
