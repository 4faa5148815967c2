/** Shape of the built-in lexicons: phrase patterns (see matcher.ts) per language. */
export interface LexiconByLang {
  en: string[];
  pt: string[];
  es: string[];
}
