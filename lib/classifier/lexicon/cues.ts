/**
 * Cues that are not categories: hedges that soften a complaint, impatience markers, greetings
 * and small talk (never questions), and words that open a question. Data only.
 */
import type { LexiconByLang } from './types';

/** "no complaints, just a question": lowers complaint and emotional evidence. */
export const HEDGES: LexiconByLang = {
  en: [
    'just a question', 'just a quick question', 'quick question', 'just asking', 'just curious',
    'only a question', 'just wondering', 'no rush', 'no hurry', 'no worries', 'not urgent',
    'no problem', 'not a problem', 'no stress', 'all good', 'its fine', 'it is fine', 'no biggie',
    'not a complaint', 'no complaints', 'nothing wrong', 'happy with', 'loved it', 'love it',
  ],
  pt: [
    'so uma duvida', 'so uma pergunta', 'so pra saber', 'so para saber', 'uma duvida',
    'sem pressa', 'sem problema', 'sem problemas', 'tranquilo', 'de boa', 'nao e urgente',
    'nao e reclamacao', 'nao e uma reclamacao', 'tudo certo', 'adorei', 'amei', 'curiosidade',
    'nenhum problema', 'nao tem problema',
  ],
  es: [
    'solo una pregunta', 'solo una duda', 'una duda', 'una consulta', 'solo por saber',
    'sin prisa', 'sin problema', 'no pasa nada', 'tranqui', 'no es urgente', 'no es queja',
    'no es una queja', 'todo bien', 'me encanto', 'me encanta', 'curiosidad', 'ningun problema',
  ],
};

/** Impatience: "??", "hello??", "alguém?" after unanswered messages. */
export const IMPATIENCE: LexiconByLang = {
  en: [
    'hello', 'helloo', 'hi', 'hey', 'anyone', 'anybody', 'anyone there', 'anybody there',
    'is anyone there', 'still there', 'are you there', 'answer me', 'reply please',
    'please reply', 'please answer', 'waiting', 'still waiting', 'any news', 'any update',
    'update', 'so', 'well', 'ok', 'um', 'hellooo', 'yo', 'excuse me',
  ],
  pt: [
    'oi', 'ola', 'alo', 'alguem', 'alguem ai', 'tem alguem ai', 'tem alguem', 'responde',
    'responda', 'respondam', 'me responde', 'aguardando', 'esperando', 'e ai', 'entao',
    'ei', 'oie', 'ainda ai', 'novidades', 'alguma novidade', 'e agora', 'bom dia', 'boa tarde',
  ],
  es: [
    'hola', 'alo', 'alguien', 'hay alguien', 'alguien ahi', 'responde', 'responda',
    'respondan', 'contesten', 'contestame', 'contesta', 'esperando', 'sigo esperando', 'oye',
    'oiga', 'y bien', 'entonces', 'novedades', 'alguna novedad', 'buenas', 'ey',
  ],
};

/** Greetings, thanks and small talk: never a question on their own. */
export const SMALL_TALK_WORDS = new Set([
  'hi', 'hello', 'hey', 'hiya', 'morning', 'good', 'afternoon', 'evening', 'night', 'thanks',
  'thank', 'you', 'so', 'much', 'cheers', 'ok', 'okay', 'great', 'perfect', 'awesome', 'cool',
  'nice', 'lovely', 'how', 'are', 'is', 'it', 'going', 'doing', 'all', 'well', 'fine', 'there',
  'everything', 'alright', 'whats', 'up', 'what', 'sup', 'your', 'day', 'weekend', 'was',
  'oi', 'ola', 'bom', 'boa', 'dia', 'tarde', 'noite', 'tudo', 'bem', 'obrigado', 'obrigada',
  'valeu', 'beleza', 'blz', 'como', 'vai', 'voce', 'esta', 'e', 'ai', 'certo', 'otimo',
  'perfeito', 'show', 'legal', 'top', 'querida', 'querido', 'amiga', 'amigo', 'flor',
  'hola', 'buenas', 'buenos', 'dias', 'tardes', 'noches', 'gracias', 'muchas', 'que', 'tal',
  'estas', 'esta', 'va', 'todo', 'bien', 'genial', 'vale', 'perfecto', 'de', 'nada', 'a',
  'the', 'and', 'y', 'o', 'and', 'u', 'too', 'tambem', 'tambien', 'again', 'sir', 'maam',
  'dear', 'linda', 'lindo', 'guapa', 'guapo', 'senhora', 'senora', 'for', 'por', 'pela',
  'everyone', 'todos', 'gente', 'pessoal', 'chicos', 'guys', 'folks', 'yes', 'sim', 'si',
  'no', 'nao', 'really', 'serio', 'verdade', 'right', 'neh', 'ne', 'hein', 'eh', 'lol',
  'kkk', 'kkkk', 'jaja', 'jajaja', 'haha', 'hahaha', 'rs', 'rsrs', 'hehe', 'amor', 'love',
  'god', 'bless', 'deus', 'abencoe', 'dios', 'bendiga', 'te', 'vc', 'voces', 'ustedes',
  'usted', 'tu', 'com', 'con', 'with', 'to', 'and', 'i', 'eu', 'yo', 'me', 'meu', 'mi',
]);

/** Words that open a question even without "?". */
export const QUESTION_STARTERS = new Set([
  'what', 'how', 'when', 'where', 'which', 'who', 'why', 'whats', 'do', 'does', 'did', 'can',
  'could', 'would', 'is', 'are', 'will', 'should', 'may', 'qual', 'quais', 'quanto', 'quanta',
  'quantos', 'quantas', 'como', 'quando', 'onde', 'aonde', 'porque', 'quem', 'cade', 'tem',
  'tens', 'voces', 'posso', 'pode', 'podem', 'da', 'aceita', 'aceitam', 'fazem', 'faz',
  'entregam', 'cual', 'cuales', 'cuanto', 'cuanta', 'cuantos', 'cuantas', 'cuando', 'donde',
  'quien', 'tienen', 'tiene', 'hay', 'puedo', 'puede', 'pueden', 'hacen', 'aceptan',
  'envian', 'mandan',
]);

/** Phrases that ask for information ("I'd like to know", "queria saber", "me dices"). */
export const ASKING: LexiconByLang = {
  en: [
    'i would like to know', 'like to know', 'want to know', 'wondering', 'let me know if',
    'tell me if', 'tell me how', 'tell me what', 'tell me when', 'need to know', 'any idea',
    'is it possible', 'possible to', 'do you know',
  ],
  pt: [
    'gostaria de saber', 'queria saber', 'quero saber', 'preciso saber', 'me diz', 'me fala',
    'me informa', 'me informe', 'me avisa se', 'sabe me dizer', 'sabem me dizer', 'da pra',
    'da para', 'e possivel', 'seria possivel', 'tem como', 'duvida',
  ],
  es: [
    'quisiera saber', 'queria saber', 'quiero saber', 'necesito saber', 'me dices', 'me dice',
    'me informas', 'me podrias decir', 'me puedes decir', 'sabes si', 'saben si', 'se puede',
    'es posible', 'seria posible', 'consulta', 'duda',
  ],
};
