/**
 * human_request: the customer explicitly asks for a person. A person mentioned in passing
 * ("my husband will pick it up") has no asking verb, so it does not match. Data only.
 */
import type { LexiconByLang } from './types';

const VERBS = {
  en: ['talk', 'speak', 'chat', 'connect me', 'transfer me', 'put me through', 'pass me'],
  pt: ['falar', 'fala', 'conversar', 'me passa', 'passa para', 'me transfere', 'transferir'],
  es: ['hablar', 'habla', 'conversar', 'comunicarme', 'pasame', 'me pasas', 'me comunicas'],
};

const PEOPLE = {
  en: [
    'human', 'humans', 'person', 'someone', 'somebody', 'agent', 'manager', 'owner',
    'representative', 'rep', 'staff', 'operator', 'boss', 'real', 'actual', 'people',
    'anyone', 'anybody', 'supervisor', 'employee',
  ],
  pt: [
    'humano', 'humana', 'pessoa', 'alguem', 'atendente', 'dono', 'dona', 'responsavel',
    'gerente', 'funcionario', 'funcionaria', 'vendedor', 'vendedora', 'proprietari*', 'real',
    'verdade', 'atendimento', 'supervisor',
  ],
  es: [
    'humano', 'humana', 'persona', 'alguien', 'agente', 'encargado', 'encargada', 'dueno',
    'duena', 'responsable', 'gerente', 'asesor', 'asesora', 'operador', 'operadora', 'vendedor',
    'vendedora', 'empleado', 'real', 'verdad', 'supervisor',
  ],
};

function combos(verbs: string[], people: string[]): string[] {
  const out: string[] = [];
  for (const v of verbs) for (const p of people) out.push(`${v} _ ${p}`);
  return out;
}

export const HUMAN_REQUEST: LexiconByLang = {
  en: [
    ...combos(VERBS.en, PEOPLE.en),
    'real person', 'real human', 'actual person', 'actual human', 'human being', 'live agent',
    'live person', 'get in touch with me', 'contact me', 'reach out to me', 'reach me',
    'message me directly', 'human please', 'a human', 'agent please', 'operator please', 'person please',
    'are you a bot', 'are you a robot', 'is this a bot', 'is this a robot', 'is this automated',
    'are you real', 'stop the bot', 'not a bot', 'no bots', 'talking to a bot|1',
    'call me', 'give me a call', 'phone me', 'ring me', 'can someone call', 'could someone call',
    'get me someone', 'get someone', 'need someone to help', 'let me talk', 'the owner|0.4',
    'your manager|0.6', 'your boss|0.6', 'someone from your team', 'someone in charge', 'whoever is in charge', 'person in charge', 'who is in charge',
    'by phone|0.6', 'over the phone|0.6',
    'automatic replies|0.6', 'automated replies|0.6', 'bot|0.5', 'robot|0.5',
  ],
  pt: [
    ...combos(VERBS.pt, PEOPLE.pt),
    'atendimento humano', 'falar comigo', 'fala comigo', 'fale comigo', 'entrar em contato comigo',
    'me contatar', 'me chamar no', 'me chama no', 'atendente por favor', 'atendente pfv', 'pessoa de verdade',
    'pessoa real', 'ser humano', 'um humano', 'voce e um robo', 'voce e robo', 'e um robo',
    'e robo', 'e bot', 'voce e bot', 'e um bot', 'robo|0.5', 'bot|0.5', 'resposta automatica|0.6',
    'mensagem automatica|0.6', 'me liga', 'me ligar', 'me ligue', 'liga pra mim', 'liga para mim',
    'ligar para mim', 'ligacao', 'chama o dono', 'chama a dona', 'chama alguem', 'chame alguem',
    'quero atendimento', 'preciso de atendimento', 'alguem me atende', 'alguem me atender', 'alguem me atenda', 'por telefone|0.6',
    'pelo telefone|0.6', 'quem manda', 'alguem pode me atender',
    'me atende', 'alguem da loja', 'alguem responsavel', 'o dono|0.4', 'a dona|0.4',
  ],
  es: [
    ...combos(VERBS.es, PEOPLE.es),
    'atencion humana', 'me puede escribir', 'me puedes escribir', 'escribirme', 'contactarme',
    'hablar conmigo', 'contactar conmigo', 'ponerse en contacto conmigo', 'persona real', 'ser humano', 'un humano', 'eres un bot', 'eres un robot',
    'eres bot', 'es un bot', 'es un robot', 'es bot', 'robot|0.5', 'bot|0.5',
    'respuesta automatica|0.6', 'mensaje automatico|0.6', 'llamame', 'me llamas',
    'me puedes llamar', 'me pueden llamar', 'me puede llamar', 'me llame', 'me llamen',
    'llamada', 'que me atienda', 'por telefono|0.6', 'el que manda', 'atencion al cliente|0.6', 'alguien me atienda', 'me atiende alguien', 'atiendame',
    'quiero atencion', 'alguien de la tienda', 'alguien responsable', 'el dueno|0.4',
    'la duena|0.4', 'el encargado|0.5',
  ],
};
