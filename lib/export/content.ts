/**
 * What a message body in a WhatsApp export is: ordinary text, a media placeholder, a deleted
 * message, or a system notice, in the wording of en, pt-BR, pt-PT, es, de, fr, it, nl, ru, uk, cs,
 * id, hi, ja, th and ar exports. Placeholders read:
 * - Android: "<Media omitted>", "<Medien ausgeschlossen>", "IMG-20210703-WA0001.jpg (file attached)",
 *   "4f26….jpg (Datei angehängt)";
 * - iPhone: "image omitted", "Bild weggelassen", "image absente", "‎<attached: 00000012-PHOTO-….jpg>",
 *   "Invoice.pdf • 2 pages ‎<attached: 00000005-Invoice.pdf>", "2015-08-04-PHOTO-00004762.jpg <‎attached>".
 * Notices: the encryption notice in each language, and an iPhone notice written under the group's
 * name after a U+200E mark ("‎Ana added Rui", "‎Ana hat Rui hinzugefügt"). Also strips the
 * "<This message was edited>" tag. Every pattern here runs in time linear in the text.
 */

/** Media nouns, in every language above. */
const MEDIA_NOUNS = [
  // en
  'media',
  'image',
  'photo',
  'video',
  'audio',
  'voice message',
  'sticker',
  'gif',
  'document',
  'contact card',
  'contact',
  'file',
  'view once',
  // pt, es
  'mídia',
  'midia',
  'multimédia',
  'multimedia',
  'ficheiro multimédia',
  'arquivo de mídia',
  'imagem',
  'imagen',
  'foto',
  'vídeo',
  'áudio',
  'figurinha',
  'autocolante',
  'documento',
  'cartão de contato',
  'cartão do contato',
  'cartão de contacto',
  'tarjeta de contacto',
  'archivo',
  'arquivo',
  'medios',
  'pegatina',
  // de
  'medien',
  'bild',
  'sprachnachricht',
  'dokument',
  'kontaktkarte',
  'kontakt',
  'datei',
  // fr
  'médias',
  'médias omis',
  'vidéo',
  'autocollant',
  'fiche contact',
  'fichier',
  'message vocal',
  // it
  'immagine',
  'adesivo',
  'scheda contatto',
  'contatto',
  // nl
  'afbeelding',
  'contactkaart',
  'bestand',
  // ru, uk
  'медиафайлы',
  'медиафайл',
  'медиафайлов',
  'медиа',
  'изображение',
  'фото',
  'видео',
  'аудио',
  'аудиофайл',
  'стикер',
  'документ',
  'контакт',
  'gif-файл',
  'медіафайли',
  'медіафайл',
  'медіафайлів',
  'медіа',
  'зображення',
  'відео',
  'аудіо',
  'аудіофайл',
  'наліпка',
  'стікер',
  // cs
  'média',
  'obrázek',
  'nálepka',
  'dokument',
  'kontakt',
  'zvuk',
  // id
  'gambar',
  'stiker',
  'dokumen',
  'kartu kontak',
  // hi
  'मीडिया',
  'छवि',
  'फ़ोटो',
  'फोटो',
  'वीडियो',
  'ऑडियो',
  'स्टिकर',
  'दस्तावेज़',
  // ja
  'メディア',
  '画像',
  '写真',
  '動画',
  'ビデオ',
  'オーディオ',
  '音声',
  'スタンプ',
  'ステッカー',
  'ドキュメント',
  '連絡先',
  // th
  'สื่อ',
  'รูปภาพ',
  'ภาพ',
  'วิดีโอ',
  'เสียง',
  'สติกเกอร์',
  'เอกสาร',
  // ar
  'الوسائط',
  'وسائط',
  'الصورة',
  'صورة',
  'الفيديو',
  'فيديو',
  'الصوت',
  'صوت',
  'الملصق',
  'ملصق',
  'المستند',
  'مستند',
];

/** "omitted" and its translations. */
const OMITTED_WORDS = [
  'omitted',
  'omitido',
  'omitida',
  'omitidos',
  'omitidas',
  'oculta',
  'oculto',
  'ocultada',
  'ocultado',
  'ocultos',
  'ocultas',
  'weggelassen',
  'ausgeschlossen',
  'absente',
  'absent',
  'omis',
  'omise',
  'omises',
  'omessa',
  'omesso',
  'omessi',
  'omesse',
  'esclusi',
  'weggelaten',
  'отсутствует',
  'отсутствуют',
  'пропущено',
  'пропущен',
  'пропущена',
  'без',
  'опущено',
  'опущены',
  'не включено',
  'не включены',
  'vynechán',
  'vynechána',
  'vynecháno',
  'vynechány',
  'tidak disertakan',
  'dihilangkan',
  'छोड़ दिया गया',
  'छोड़ा गया',
  'छोड़ी गई',
  'छोड़ दी गई',
  'हटा दिया गया',
  'は含まれていません',
  'を省略',
  '省略',
  'なし',
  'ไม่รวม',
  'ถูกข้าม',
  'تم استبعاد',
  'استبعاد',
  'محذوف',
  'محذوفة',
  'مستبعد',
  'مستبعدة',
  'retiré',
  'retirée',
  'non inclus',
  'non incluse',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
const NOUN_RE = new RegExp(alternation(MEDIA_NOUNS), 'giu');
const OMITTED_RE = new RegExp(alternation(OMITTED_WORDS), 'giu');

/** "<attached: file>", "<anexado: file>", "file <‎attached>", in any language. */
const ATTACHED = /<\s*[^<>:]{2,20}:\s*[^<>]{1,200}>\s*$|\S\.\w{2,5}\s*<[^<>]{2,20}>\s*$/u;
/** "IMG-20210703-WA0001.jpg (file attached)" and its translations: a file name, then a short aside. */
const FILE_ATTACHED = /^\S{1,120}\.\w{2,5} \([^()]{3,40}\)$/u;

/** An iPhone document's name and details before its placeholder: "Invoice.pdf • 2 pages ". */
const DOCUMENT = /^[^•<>]{1,200}\.\w{2,5} • /u;

/** Deleted-message markers, whole body, lower-cased, without final punctuation. */
const DELETED = new Set([
  'this message was deleted',
  'you deleted this message',
  'esta mensagem foi apagada',
  'mensagem apagada',
  'você apagou esta mensagem',
  'esta mensagem foi eliminada',
  'eliminou esta mensagem',
  'apagou esta mensagem',
  'se eliminó este mensaje',
  'eliminaste este mensaje',
  'este mensaje fue eliminado',
  'diese nachricht wurde gelöscht',
  'du hast diese nachricht gelöscht',
  'ce message a été supprimé',
  'vous avez supprimé ce message',
  'questo messaggio è stato eliminato',
  'hai eliminato questo messaggio',
  'dit bericht is verwijderd',
  'je hebt dit bericht verwijderd',
  'u heeft dit bericht verwijderd',
  'данное сообщение удалено',
  'это сообщение удалено',
  'сообщение удалено',
  'вы удалили это сообщение',
  'це повідомлення видалено',
  'повідомлення видалено',
  'ви видалили це повідомлення',
  'tato zpráva byla smazána',
  'tuto zprávu jste smazali',
  'zpráva byla smazána',
  'pesan ini telah dihapus',
  'anda menghapus pesan ini',
  'pesan ini dihapus',
  'यह संदेश हटा दिया गया था',
  'यह संदेश हटा दिया गया',
  'आपने यह संदेश हटाया',
  'आपने यह संदेश हटा दिया',
  'このメッセージは削除されました',
  'メッセージを削除しました',
  'このメッセージを削除しました',
  'ข้อความนี้ถูกลบแล้ว',
  'คุณลบข้อความนี้แล้ว',
  'ข้อความนี้ถูกลบ',
  'تم حذف هذه الرسالة',
  'لقد حذفت هذه الرسالة',
  'حذفت هذه الرسالة',
]);

/** The end-to-end encryption notice, in each language. */
const ENCRYPTION =
  /end-to-end[ -]encrypt|criptografia de ponta[ -]a[ -]ponta|cifrad[oa]s? de extremo a extremo|cifrado de extremo a extremo|ende-zu-ende-verschlüssel|de bout en bout|crittografi[a-z]* end-to-end|end-to-end[ -]versleuteld|end-to-end-versleuteling|сквозн[а-я]+ шифровани|наскрізн[а-я]+ шифруванн|koncov[ýé]m šifrováním|end-to-end šifrov|terenkripsi (?:secara )?end-to-end|enkripsi end-to-end|एंड-टू-एंड|エンドツーエンド暗号化|เข้ารหัส(?:ตั้งแต่|จาก)ต้นทางถึงปลายทาง|التشفير التام|مشفرة تمامًا/iu;

/** The "edited" tag at the end of a message, in each language. */
const EDITED_WORDS =
  /edited|editada|editado|editó|editou|bearbeitet|modifié|modificato|bewerkt|изменено|змінено|upravena|diedit|संपादित|編集|แก้ไข|تعديل|تم تعديل/iu;

export type BodyKind = 'text' | 'media' | 'deleted' | 'system';

const MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g;
const strip = (s: string) =>
  s
    .replace(MARKS, '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim();

/** "<Media omitted>", "image omitted", "Bild weggelassen", "ไม่รวมรูปภาพ": nouns and "omitted" only. */
function isOmittedPlaceholder(plain: string): boolean {
  if (plain.length > 60) return false;
  const inner = plain.replace(/^<\s*|\s*>$/g, '');
  OMITTED_RE.lastIndex = 0;
  if (!OMITTED_RE.test(inner)) return false;
  const left = inner
    .replace(OMITTED_RE, '')
    .replace(NOUN_RE, '')
    .replace(/[\s.,:()\-–<>\d]/g, '');
  return left === '';
}

/** Classifies the first line of a message body (the part after "Name: "). */
export function bodyKind(firstLine: string): BodyKind {
  const plain = strip(firstLine);
  if (plain.length < 300 && ENCRYPTION.test(plain)) return 'system';
  if (isOmittedPlaceholder(plain)) return 'media';
  // iPhone documents: "Invoice.pdf • 2 pages ‎document omitted" (or "‎<attached: …>").
  if (plain.length < 300 && DOCUMENT.test(plain)) {
    const words = (plain.split('•').at(-1) ?? '').trim().split(' ');
    for (let k = 0; k < words.length; k++) {
      if (isOmittedPlaceholder(words.slice(k).join(' '))) return 'media';
    }
  }
  if (plain.length < 400 && (ATTACHED.test(plain) || FILE_ATTACHED.test(plain))) return 'media';
  if (
    plain.length < 80 &&
    DELETED.has(
      plain
        .toLowerCase()
        .replace(/[.。!]+$/u, '')
        .trim(),
    )
  ) {
    return 'deleted';
  }
  // iPhone writes notices (joins, adds, security codes, missed calls) under the chat's name,
  // starting with a left-to-right mark; ordinary text never starts with one.
  if (firstLine.startsWith('\u200e')) return 'system';
  return 'text';
}

/**
 * The message text: direction marks at line starts removed, an "edited" tag at the end removed,
 * surrounding blank space trimmed.
 */
export function cleanText(text: string): string {
  let out = text
    .replace(/(^|\n)[\u200e\u200f]+/g, '$1')
    .replaceAll('\u0000', '')
    .trim();
  // The tag is the last "<…>" of the text; look at it only, never scan back through spaces.
  if (out.endsWith('>')) {
    const open = out.lastIndexOf('<');
    const tag = open >= 0 ? out.slice(open) : '';
    if (tag.length <= 60 && EDITED_WORDS.test(tag)) out = out.slice(0, open).trimEnd();
  }
  return out;
}
