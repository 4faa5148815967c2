/**
 * Language detection for English, Portuguese and Spanish from frequent words and a few letters
 * only one of them uses (ã/õ/ç, ñ/¿/¡). Returns "und" when there is nothing to go on.
 */
import { normalise, type Normalised } from './normalise';

const MARKERS: Readonly<Record<'en' | 'pt' | 'es', string>> = {
  en: `the you your is are i my me it and to of this that for with have has was not do does did
    can could would will please thanks thank hi hello what when where how why order want need
    just still get got its am be been yes know some any there here they we our from about
    which who but if so very much really today tomorrow week my bag cake flowers sorry`,
  pt: `voce voces nao obrigado obrigada tambem esta estou muito pra meu minha oi ola tudo bom boa
    com uma um do da dos das na ja ainda quero gostaria encomenda queria vou vai seu sua isso
    ele ela mas foi tem tenho sao estao aqui agora hoje amanha entao ate onde quando qual quanto
    custa frete chegou dia semana gente fiz comprei bolsa bolo favor preciso pelo pela ne
    voces pode posso sim muito obrigado essa esse fazer fica pagar entrega recebi`,
  es: `usted ustedes gracias hola tambien muy mi mis el los las del al y es esta estoy quiero
    necesito pero fue tiene tengo tienen hay aqui ahora hoy manana entonces hasta donde cuando
    cual cuanto cuesta envio llego semana pedido hice compre bolso tarta favor puedo puede si
    muchas vale pues porfa este eso hacer queria quisiera buenas buenos dias tardes noches
    vuestro vuestra vosotros os llega recibi pagar entrega gracias mucho nada ya`,
};

const LEX = new Map<string, number>();
for (const [i, lang] of (['en', 'pt', 'es'] as const).entries()) {
  for (const w of MARKERS[lang].split(/\s+/)) {
    if (w) LEX.set(w, (LEX.get(w) ?? 0) | (1 << i));
  }
}

export type DetectedLang = 'en' | 'pt' | 'es' | 'und';

/** Language of already normalised text (used by classify to avoid normalising twice). */
export function detectFromNormalised(n: Normalised): DetectedLang {
  let en = 0;
  let pt = 0;
  let es = 0;
  for (const t of n.tokens) {
    // The word's marker bits (0 when none), kept in its facts.
    const facts = t.facts;
    let bits = facts.lang;
    if (bits < 0) facts.lang = bits = LEX.get(t.w) ?? 0;
    if (bits === 0) continue;
    const shared = (bits & 1 ? 1 : 0) + (bits & 2 ? 1 : 0) + (bits & 4 ? 1 : 0);
    const w = 1 / shared;
    if (bits & 1) en += w;
    if (bits & 2) pt += w;
    if (bits & 4) es += w;
  }
  if (n.hasPortugueseMarks) pt += 1.5;
  if (n.hasSpanishMarks) es += 1.5;
  const best = Math.max(en, pt, es);
  if (best === 0) return 'und';
  if (pt === best) return 'pt';
  if (es === best) return 'es';
  return 'en';
}

/** Language of a text: "en", "pt", "es", or "und" when unknown. */
export function detectLanguage(text: string): string {
  return detectFromNormalised(normalise(text));
}
