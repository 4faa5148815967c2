import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseChatExport } from '../../../lib/export';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/exports/${name}`, import.meta.url)), 'utf8');
const iso = (at: number) => new Date(at).toISOString().slice(0, 19);
const N = '\u202f';
const L = '\u200e';
const B = '\u00a0';

describe('one message line in each format', () => {
  it.each([
    [
      'Android en-US',
      `12/31/24, 9:41${N}PM - Jordan Pike: hello`,
      '2024-12-31T21:41:00',
      'Jordan Pike',
      'hello',
    ],
    [
      'Android en-GB',
      '31/12/2024, 21:41 - Jordan Pike: hello',
      '2024-12-31T21:41:00',
      'Jordan Pike',
      'hello',
    ],
    [
      'Android pt',
      '31/12/2024 21:41 - Beatriz Lima: olá: tudo bem?',
      '2024-12-31T21:41:00',
      'Beatriz Lima',
      'olá: tudo bem?',
    ],
    [
      'Android es',
      '31/12/24, 21:41 - Lucía Ferrer: hola',
      '2024-12-31T21:41:00',
      'Lucía Ferrer',
      'hola',
    ],
    [
      'Android es, p. m.',
      `31/12/24, 9:41${B}p.${B}m. - Lucía Ferrer: hola`,
      '2024-12-31T21:41:00',
      'Lucía Ferrer',
      'hola',
    ],
    [
      'Android es, 12 a. m.',
      '31/12/24, 12:05 a. m. - Lucía Ferrer: hola',
      '2024-12-31T00:05:00',
      'Lucía Ferrer',
      'hola',
    ],
    [
      'Android, 12 PM',
      `12/31/24, 12:05${N}PM - Jordan Pike: hi`,
      '2024-12-31T12:05:00',
      'Jordan Pike',
      'hi',
    ],
    [
      'Android, dotted date',
      '31.12.24, 21:41 - Jordan Pike: hallo',
      '2024-12-31T21:41:00',
      'Jordan Pike',
      'hallo',
    ],
    [
      'iPhone 24h',
      '[31/12/24, 21:41:05] Rafael Costa: oi',
      '2024-12-31T21:41:05',
      'Rafael Costa',
      'oi',
    ],
    [
      'iPhone AM/PM',
      `[12/31/24, 9:41:05${N}PM] Sam Okafor: hi`,
      '2024-12-31T21:41:05',
      'Sam Okafor',
      'hi',
    ],
    [
      'iPhone with a leading mark',
      `${L}[31/12/24, 21:41:05] Rafael Costa: oi`,
      '2024-12-31T21:41:05',
      'Rafael Costa',
      'oi',
    ],
  ])('%s', (_name, line, at, author, text) => {
    const chat = parseChatExport(line);
    expect(chat.messages.map((m) => ({ ...m, at: iso(m.at) }))).toEqual([
      { at, author, text, hasMedia: false },
    ]);
    expect(chat.authors).toEqual([author]);
  });
});

describe('media, deleted messages and notices', () => {
  const head = '31/12/2024, 21:41 - Ana Souza: ';
  it.each([
    '<Media omitted>',
    '<Mídia oculta>',
    '<Multimedia omitido>',
    'arquivo de mídia oculto',
    `${L}image omitted`,
    `${L}imagen omitida`,
    `${L}audio omitted`,
    `${L}áudio ocultado`,
    `${L}sticker omitido`,
    `${L}Catálogo.pdf • 3 pages ${L}document omitted`,
    `${L}<attached: 00000012-PHOTO-2024-12-31-21-41-05.jpg>`,
    '<anexado: 00000013-AUDIO-2024-12-31-21-41-05.opus>',
    'IMG-20241231-WA0001.jpg (file attached)',
    'PTT-20241231-WA0002.opus (arquivo anexado)',
  ])('%j is media with no text', (body) => {
    expect(parseChatExport(head + body).messages).toEqual([
      { at: Date.UTC(2024, 11, 31, 21, 41), author: 'Ana Souza', text: '', hasMedia: true },
    ]);
  });

  it('keeps the caption written under a media file', () => {
    const chat = parseChatExport(
      `${head}IMG-20241231-WA0001.jpg (file attached)\nthe strap is torn`,
    );
    expect(chat.messages[0]).toMatchObject({ text: 'the strap is torn', hasMedia: true });
  });

  it.each([
    'This message was deleted',
    'You deleted this message',
    'Mensagem apagada',
    'Esta mensagem foi apagada',
    'Você apagou esta mensagem',
    'Se eliminó este mensaje.',
    'Eliminaste este mensaje.',
    `${L}This message was deleted.`,
  ])('leaves out the deleted message %j', (body) => {
    expect(parseChatExport(head + body)).toEqual({ messages: [], authors: [] });
  });

  it.each([
    '31/12/2024, 21:41 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.',
    '31/12/2024 21:41 - As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.',
    '31/12/24, 21:41 - Los mensajes y las llamadas están cifrados de extremo a extremo.',
    `[31/12/24, 21:41:05] Ana Souza: ${L}Messages and calls are end-to-end encrypted.`,
    "31/12/2024, 21:41 - Bruno Alves joined using this group's invite link",
    '31/12/2024, 21:41 - Ana Souza added Bruno Alves',
    '31/12/2024, 21:41 - Ana Souza left',
    `[31/12/24, 21:41:05] Encomendas: ${L}Ana Souza adicionou Bruno Alves`,
    `[31/12/24, 21:41:05] Pedidos: ${L}Carmen Ruiz creó el grupo "Pedidos"`,
  ])('leaves out the notice %j', (line) => {
    expect(parseChatExport(line)).toEqual({ messages: [], authors: [] });
  });

  it.each([
    ['<This message was edited>', 'on my way <This message was edited>', 'on my way'],
    ['<Mensagem editada>', 'a caminho <Mensagem editada>', 'a caminho'],
    ['<Se editó este mensaje.>', 'voy <Se editó este mensaje.>', 'voy'],
  ])('drops the %s tag', (_tag, body, text) => {
    expect(parseChatExport(head + body).messages[0]?.text).toBe(text);
  });
});

describe('day and month order is decided for the whole file', () => {
  it.each([
    [
      'a first field above 12 anywhere',
      '01/02/2025, 10:00 - A: x\n13/02/2025, 10:00 - B: y',
      '2025-02-01',
    ],
    [
      'a second field above 12 anywhere',
      '01/02/2025, 10:00 - A: x\n02/13/2025, 10:00 - B: y',
      '2025-01-02',
    ],
    ['English AM/PM with no clue', `01/02/25, 10:00${N}AM - A: x`, '2025-01-02'],
    ['24-hour clock with no clue', '01/02/25, 10:00 - A: x', '2025-02-01'],
    ['Spanish a. m. with no clue', '01/02/25, 10:00 a. m. - A: x', '2025-02-01'],
  ])('%s', (_name, text, firstDate) => {
    expect(iso(parseChatExport(text).messages[0]!.at).slice(0, 10)).toBe(firstDate);
  });
});

describe('fixture files', () => {
  it('Android en-US: multi-line message, media, deleted, edited and the notice', () => {
    const chat = parseChatExport(fixture('android-en-us.txt'));
    expect(chat.authors).toEqual(['Jordan Pike', 'Leeds Florals']);
    expect(chat.messages.map((m) => [iso(m.at), m.author, m.text, m.hasMedia])).toEqual([
      ['2024-12-30T20:02:00', 'Jordan Pike', 'Hi! Do you still have the blue canvas tote?', false],
      ['2024-12-30T20:05:00', 'Leeds Florals', 'Hi Jordan, yes we do 😊', false],
      ['2024-12-30T20:06:00', 'Jordan Pike', '', true],
      [
        '2024-12-31T09:41:00',
        'Jordan Pike',
        'The tote arrived with a torn strap.\nI want a refund, this is unacceptable.\nPlease call me.',
        false,
      ],
      ['2024-12-31T12:15:00', 'Jordan Pike', 'Can I talk to a human please?', false],
      ['2024-12-31T12:20:00', 'Leeds Florals', 'So sorry Jordan, checking now', false],
    ]);
  });

  it.each([
    ['android-pt.txt', ['Beatriz Lima', 'Marta Bolsas'], 5, 1, '2024-12-31T21:44:00'],
    ['android-es.txt', ['Lucía Ferrer', 'Panadería Sol'], 4, 1, '2024-12-31T22:30:00'],
    ['iphone-en.txt', ['Sam Okafor', 'Olivia Reed'], 7, 3, '2024-12-31T09:02:00'],
    ['iphone-pt.txt', ['Rafael Costa', 'Marta Bolsas'], 4, 1, '2024-12-31T21:42:00'],
    [
      'iphone-es-group.txt',
      ['Carmen Ruiz', 'Diego Martín', 'Elena Vidal'],
      7,
      1,
      '2025-01-05T10:07:00',
    ],
    ['android-en-gb-ambiguous.txt', ['Priya Shah', 'Leeds Florals'], 3, 0, '2025-01-06T17:45:00'],
    ['android-en-crlf-bom.txt', ['Alex Kim', 'Chris Doe'], 2, 0, '2025-01-02T15:05:00'],
  ])('%s', (name, authors, count, media, last) => {
    const chat = parseChatExport(fixture(name));
    expect(chat.authors).toEqual(authors);
    expect(chat.messages).toHaveLength(count);
    expect(chat.messages.filter((m) => m.hasMedia)).toHaveLength(media);
    expect(iso(chat.messages.at(-1)!.at)).toBe(last);
    expect(chat.messages.every((m) => !/[\u200e\u202f]/.test(m.text))).toBe(true);
  });

  it('iPhone: keeps continuation lines, including ones that look like lists', () => {
    const chat = parseChatExport(fixture('iphone-en.txt'));
    expect(chat.messages[4]?.text).toBe(
      'Two things:\n- the vase was cracked\n- nobody answered my call',
    );
  });

  it('CRLF line ends and a byte-order mark', () => {
    const chat = parseChatExport(fixture('android-en-crlf-bom.txt'));
    expect(chat.messages[0]).toEqual({
      at: Date.UTC(2025, 0, 2, 15, 4),
      author: 'Alex Kim',
      text: 'first line\nsecond line',
      hasMedia: false,
    });
  });

  it('ignores text that is not an export', () => {
    expect(parseChatExport('just some notes\n{"id":1}\n')).toEqual({ messages: [], authors: [] });
  });
});
