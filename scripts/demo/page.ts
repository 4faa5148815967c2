// The demo inbox in one language: the page machinery of whatsapp-demo.html with the customers of
// data/<lang>.json in place of its window.__DATA, and the demo business's settings of
// settings/<lang>.json. Pure file reading; used by scripts/demo.ts and its test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_LANGS = ['en', 'pt', 'es'] as const;
export type DemoLang = (typeof DEMO_LANGS)[number];

/** The browser interface language the demo runs in, per demo language. */
export const DEMO_LOCALES: Record<DemoLang, string> = { en: 'en-GB', pt: 'pt-BR', es: 'es-ES' };

const dir = path.dirname(fileURLToPath(import.meta.url));

export function isDemoLang(value: string): value is DemoLang {
  return (DEMO_LANGS as readonly string[]).includes(value);
}

/** The `--lang` value of the command line ("en" when absent); throws on an unknown language. */
export function demoLangFromArgs(args: readonly string[]): DemoLang {
  const index = args.indexOf('--lang');
  const inline = args.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  const value = inline ?? (index >= 0 ? args[index + 1] : undefined) ?? 'en';
  if (!isDemoLang(value)) throw new Error(`--lang must be one of ${DEMO_LANGS.join(', ')}`);
  return value;
}

export function demoPageHtml(lang: DemoLang): string {
  const html = readFileSync(path.join(dir, 'whatsapp-demo.html'), 'utf8');
  const data = readFileSync(path.join(dir, 'data', `${lang}.json`), 'utf8').trim();
  const start = html.indexOf('window.__DATA = ');
  const end = html.indexOf('</script>', start);
  if (start < 0 || end < 0) throw new Error('whatsapp-demo.html: no window.__DATA block');
  return (
    html.slice(0, start).replace('<html lang="en">', `<html lang="${DEMO_LOCALES[lang]}">`) +
    `window.__DATA = ${data};\n    ` +
    html.slice(end)
  );
}

export function demoSettingsText(lang: DemoLang): string {
  return readFileSync(path.join(dir, 'settings', `${lang}.json`), 'utf8');
}
