import { describe, expect, it } from 'vitest';
import { parseChatExport } from '../../../lib/export';

const iso = (at: number) => new Date(at).toISOString().slice(0, 19);
const read = (text: string) =>
  parseChatExport(text, 2026).messages.map((m) => ({
    at: iso(m.at),
    author: m.author,
    text: m.text,
    media: m.hasMedia,
  }));
const N = '\u202f';
const L = '\u200e';
const R = '\u200f';

describe('header forms', () => {
  it.each([
    ['year first, Android', '2019/01/01, 11:25 - Noor Haddad: hi', '2019-01-01T11:25:00'],
    ['year first, iPhone', '[2019-04-16 02:09] Noor Haddad: hi', '2019-04-16T02:09:00'],
    ['old iPhone colon form', '12.07.2017, 22:35:22: Noor Haddad: hi', '2017-07-12T22:35:22'],
    ['colon form without seconds', '12.07.2017, 22:35: Noor Haddad: hi', '2017-07-12T22:35:00'],
    ['AM/PM with hour 0', '1/30/18, 00:04 AM - Noor Haddad: hi', '2018-01-30T00:04:00'],
    ['AM/PM with hour above 12', '1/30/18, 13:04 PM - Noor Haddad: hi', '2018-01-30T13:04:00'],
    ['BOM inside the bracket', '[\ufeff29.01.18, 12:26:03] Noor Haddad: hi', '2018-01-29T12:26:03'],
    ['French "à"', '12/07/2017 à 22:35 - Noor Haddad: salut', '2017-07-12T22:35:00'],
    ['Finnish "klo"', '13.6.2018 klo 21.25.15 - Noor Haddad: moi', '2018-06-13T21:25:15'],
    ['"p.m." with two spaces', '13.07.17, 10:36 p.m.  - Noor Haddad: hi', '2017-07-13T22:36:00'],
    ['"3:22_AM"', '[29.01.18 3:22:07_AM] Noor Haddad: hi', '2018-01-29T03:22:07'],
    ['"3:22_PM"', '[29.01.18 3:22:07_PM] Noor Haddad: hi', '2018-01-29T15:22:07'],
    ['Hungarian dotted', '2018. 06. 13. 21:25:15 Noor Haddad: szia', '2018-06-13T21:25:15'],
    ['dash and semicolon', '12.07.2017 - 22:35:22; Noor Haddad: hi', '2017-07-12T22:35:22'],
    ['no comma', '13/07/17 09:12 - Noor Haddad: hi', '2017-07-13T09:12:00'],
    [
      'Arabic-Indic digits and marks',
      `${R}٢٩/٠١/٢٠١٨، ١٠:٠٥ م - Noor Haddad: مرحبا`,
      '2018-01-29T22:05:00',
    ],
    ['Persian digits', '۲۹/۰۱/۲۰۱۸, ۱۰:۰۵ - Noor Haddad: salam', '2018-01-29T10:05:00'],
    [
      'right-to-left marks in the header',
      `${R}29/01/2018, ${R}10:05 - Noor Haddad: hi`,
      '2018-01-29T10:05:00',
    ],
    ['Buddhist year', '29/01/2561 10:05 - Somchai Dee: สวัสดี', '2018-01-29T10:05:00'],
    ['Japanese era, Reiwa', 'R3/07/20 10:05 - Aoi Sato: こんにちは', '2021-07-20T10:05:00'],
    ['Japanese era in kanji', '令和3/07/20 10:05 - Aoi Sato: こんにちは', '2021-07-20T10:05:00'],
    [
      'Japanese 午後 before the time',
      '2021/07/20 午後3:22 - Aoi Sato: はい',
      '2021-07-20T15:22:00',
    ],
    ['time before the date', '22:35, 12/07/2017 - Noor Haddad: hi', '2017-07-12T22:35:00'],
  ])('%s', (_name, line, at) => {
    const [message] = read(line);
    expect(message?.at).toBe(at);
    expect(message?.author).toMatch(/^(Noor Haddad|Somchai Dee|Aoi Sato)$/);
  });

  it('time before a two-field date takes the current year', () => {
    expect(read('10:35 PM, 07 20 - Noor Haddad: hi')[0]?.at).toBe('2026-07-20T22:35:00');
  });

  it('a line that merely starts with a date and time stays in the message', () => {
    expect(read('12/07/2017, 22:35 - Noor Haddad: meet at\n2017-07-13 10:30:00\nok')).toEqual([
      {
        at: '2017-07-12T22:35:00',
        author: 'Noor Haddad',
        text: 'meet at\n2017-07-13 10:30:00\nok',
        media: false,
      },
    ]);
  });

  it('NUL bytes do not stop the reader', () => {
    const text =
      '12/07/2017, 22:35 - Noor\u0000 Haddad: h\u0000i\n\u000013/07/2017, 09:12 - Rui Paz: ok';
    expect(read(text).map((m) => [m.author, m.text])).toEqual([
      ['Noor Haddad', 'hi'],
      ['Rui Paz', 'ok'],
    ]);
  });
});

describe('day and month order', () => {
  it('media file names give the date away when no day exceeds 12', () => {
    const text = [
      '07/03/21, 9:15 pm - Noor Haddad: IMG-20210703-WA0001.jpg (file attached)',
      '07/03/21, 9:16 pm - Rui Paz: nice',
      '08/03/21, 10:01 am - Noor Haddad: thanks',
    ].join('\n');
    expect(read(text).map((m) => m.at.slice(0, 10))).toEqual([
      '2021-07-03',
      '2021-07-03',
      '2021-08-03',
    ]);
  });

  it('dates never go backwards: year-first with two-digit years', () => {
    const text = [
      '20-01-15, 10:00 - A Lee: one',
      '20-02-01, 10:00 - A Lee: two',
      '20-03-11, 10:00 - A Lee: three',
    ];
    expect(read(text.join('\n')).map((m) => m.at.slice(0, 10))).toEqual([
      '2020-01-15',
      '2020-02-01',
      '2020-03-11',
    ]);
  });

  it('the shortest span wins when both readings go forward', () => {
    const text = ['[7/5/15, 22:35:22] A Lee: one', '[8/5/15, 09:12:44] A Lee: two'];
    expect(read(text.join('\n')).map((m) => m.at.slice(0, 10))).toEqual([
      '2015-05-07',
      '2015-05-08',
    ]);
  });

  it('US phones: slashes, two-digit year and upper-case PM read month first', () => {
    expect(read(`3/6/18, 1:55${N}PM - A Lee: hi`)[0]?.at).toBe('2018-03-06T13:55:00');
  });

  it('lower-case pm reads day first', () => {
    expect(read('3/6/18, 1:55 pm - A Lee: hi')[0]?.at).toBe('2018-06-03T13:55:00');
  });
});

describe('media, deleted messages and notices in each language', () => {
  const head = '12/07/2017, 22:35 - ';
  it.each([
    ['de', '<Medien ausgeschlossen>'],
    ['de iPhone', `${L}Bild weggelassen`],
    ['fr', '<Médias omis>'],
    ['fr iPhone', `${L}image absente`],
    ['it', '<Media omessi>'],
    ['it iPhone', `${L}immagine omessa`],
    ['nl', '<Media weggelaten>'],
    ['nl iPhone', `${L}afbeelding weggelaten`],
    ['pt-PT', '<Multimédia omitido>'],
    ['ru', '<Без медиафайлов>'],
    ['ru iPhone', `${L}изображение отсутствует`],
    ['uk', '<Медіа пропущено>'],
    ['cs', '<Média vynechána>'],
    ['id', '<Media tidak disertakan>'],
    ['hi', '<मीडिया छोड़ दिया गया>'],
    ['ja', '<メディアは含まれていません>'],
    ['th', '<ไม่รวมสื่อ>'],
    ['ar', '<تم استبعاد الوسائط>'],
    ['iPhone document', `Angebot.pdf • 2 Seiten ${L}<Anhang: 00000005-Angebot.pdf>`],
    ['iPhone document omitted', `Catalogue.pdf • 3 pages ${L}document omis`],
    ['Android file attached, German', `${L}4f26.jpg (Datei angehängt)`],
    ['attached after the name', `2015-08-04-PHOTO-00004762.jpg <${L}attached>`],
  ])('%s: %s is media', (_lang, body) => {
    expect(read(`${head}Noor Haddad: ${body}`)).toEqual([
      { at: '2017-07-12T22:35:00', author: 'Noor Haddad', text: '', media: true },
    ]);
  });

  it.each([
    'Diese Nachricht wurde gelöscht.',
    'Ce message a été supprimé.',
    'Questo messaggio è stato eliminato',
    'Dit bericht is verwijderd',
    'Esta mensagem foi eliminada',
    'Данное сообщение удалено',
    'Це повідомлення видалено',
    'Tato zpráva byla smazána',
    'Pesan ini telah dihapus',
    'यह संदेश हटा दिया गया',
    'このメッセージは削除されました',
    'ข้อความนี้ถูกลบแล้ว',
    'تم حذف هذه الرسالة',
  ])('deleted: %s is not a message', (body) => {
    expect(read(`${head}Noor Haddad: ${body}`)).toEqual([]);
  });

  it.each([
    'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Tippe, um mehr zu erfahren.',
    'Les messages et les appels sont chiffrés de bout en bout.',
    'I messaggi e le chiamate sono crittografati end-to-end.',
    'Berichten en oproepen zijn end-to-end versleuteld.',
    'Сообщения и звонки защищены сквозным шифрованием.',
    'Повідомлення та дзвінки захищені наскрізним шифруванням.',
    'Zprávy a hovory jsou zabezpečeny koncovým šifrováním.',
    'Pesan dan panggilan terenkripsi secara end-to-end.',
    'संदेश और कॉल एंड-टू-एंड एन्क्रिप्टेड हैं।',
    'メッセージと通話はエンドツーエンド暗号化されています。',
    'ข้อความและการโทรได้รับการเข้ารหัสตั้งแต่ต้นทางถึงปลายทาง',
    'الرسائل والمكالمات مشفرة تمامًا بين الطرفين.',
  ])('encryption notice: %s is not a message', (body) => {
    expect(read(`${head}${body}`)).toEqual([]);
    expect(read(`[12.07.17, 22:35:00] Loja Sol: ${L}${body}`)).toEqual([]);
  });

  it('an iPhone notice in any language under the group name is not a message', () => {
    expect(read(`[12.07.17, 22:35:00] Loja Sol: ${L}Ana hat Rui hinzugefügt`)).toEqual([]);
  });

  it('the caption under a media file is kept', () => {
    expect(read(`${head}Noor Haddad: IMG-20170712-WA0003.jpg (fichier joint)\nla robe`)).toEqual([
      { at: '2017-07-12T22:35:00', author: 'Noor Haddad', text: 'la robe', media: true },
    ]);
  });

  it('the edited tag is removed in other languages too', () => {
    expect(read(`${head}Noor Haddad: bis morgen <Diese Nachricht wurde bearbeitet>`)[0]?.text).toBe(
      'bis morgen',
    );
  });
});
