/**
 * What a message body in a WhatsApp export is: ordinary text, a media placeholder ("<Media omitted>",
 * "‎imagen omitida", "<attached: 00000012-PHOTO-….jpg>", "IMG-….jpg (file attached)"), a deleted
 * message ("This message was deleted") or a system notice (the encryption notice, "X joined", "X
 * added Y"), in English, Portuguese and Spanish. Also strips the "<This message was edited>" tag.
 */

const MEDIA_WORD = String.raw`(?:image|video|audio|sticker|gif|document|photo|contact card|imagem|vídeo|video|áudio|figurinha|documento|cartão de contato|cartão do contato|imagen|audio|tarjeta de contacto|foto)`;
const MEDIA: RegExp[] = [
  /^<(?:media omitted|mídia oculta|midia oculta|multimedia omitido|medios omitidos|arquivo de mídia oculto)>$/i,
  /^(?:arquivo de mídia oculto|mídia oculta|multimedia omitido)$/i,
  new RegExp(String.raw`(?:^|\s)${MEDIA_WORD} (?:omitted|omitid[oa]|ocultad?[oa])$`, 'i'),
  /^<(?:attached|anexado|adjunto): [^>]+>$/i,
  /^.+\.\w{2,5} \((?:file attached|arquivo anexado|archivo adjunto)\)$/i,
];

const DELETED =
  /^(?:this message was deleted|you deleted this message|esta mensagem foi apagada|mensagem apagada|você apagou esta mensagem|se eliminó este mensaje|eliminaste este mensaje|este mensaje fue eliminado)\.?$/i;

const EDITED =
  /\s*<(?:this message was edited|essa mensagem foi editada|mensagem editada|se editó este mensaje\.?)>$/i;

const ENCRYPTION =
  /end-to-end encrypted|criptografia de ponta[ -]a[ -]ponta|cifrad[oa]s? de extremo a extremo/i;

/** Group notices an iPhone writes under the group's name, after a U+200E mark. */
const IPHONE_NOTICE =
  /^(?:.+ (?:joined using|added|removed|left|changed (?:the|this|their|to)|created group|deleted this group)|your security code|.+'s security code|.+ entrou usando|.+ adicionou|.+ removeu|.+ saiu|.+ mudou|.+ criou o grupo|seu código de segurança|.+ se unió|.+ añadió|.+ eliminó a|.+ salió|.+ cambió|.+ creó el grupo|tu código de seguridad)/i;

export type BodyKind = 'text' | 'media' | 'deleted' | 'system';

const strip = (s: string) => s.replace(/[\u200e\u200f]/g, '').trim();

/** Classifies the first line of a message body (the part after "Name: "). */
export function bodyKind(firstLine: string): BodyKind {
  const plain = strip(firstLine);
  if (ENCRYPTION.test(plain)) return 'system';
  if (MEDIA.some((re) => re.test(plain))) return 'media';
  if (DELETED.test(plain)) return 'deleted';
  if (/^\s*\u200e/.test(firstLine) && IPHONE_NOTICE.test(plain)) return 'system';
  return 'text';
}

/** The message text without direction marks at line starts and without an "edited" tag. */
export function cleanText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^[\u200e\u200f]+/, ''))
    .join('\n')
    .trim()
    .replace(EDITED, '');
}
