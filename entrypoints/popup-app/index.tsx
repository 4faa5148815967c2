// The popup's app (popup.html loads it as one module; wxt.config.ts says why): provides the
// interface text and mounts the app on the extension's log, read without Dexie
// (lib/db/log-reader.ts) to keep the popup's bundle small, once the early read of the first page
// is in (or has taken too long), so the first render already shows the list.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from '#imports';
import { t } from '@/lib/i18n';
import { firstPageSettled, takeFirstPage } from '@/lib/ui/first-page';
import { pageLogSource, storageLogChanges } from '@/lib/ui/hooks/log-changes';
import { rememberedText } from '@/lib/ui/remembered-text';
import { UiTextContext } from '@/components/shared/i18n';
import { App } from './App';

/**
 * How long the first render waits for the early read of the first page (firstPageSettled): it
 * usually ends within a few milliseconds of this script; past this, the popup shows its frame with
 * "Loading…" and the page when it comes.
 */
const FIRST_PAGE_WAIT_MS = 100;

export default defineUnlistedScript(() => {
  const locale = browser.i18n.getUILanguage();
  document.documentElement.lang = locale;
  // popup.html's early script has usually opened the database and begun (or finished) reading the
  // first page: read on through its reader. Without it, the connection opens while the page
  // renders.
  const first = takeFirstPage();
  const log = first ? { reader: first.reader, changes: storageLogChanges } : pageLogSource();
  if (!first) log.reader.prepare();
  const root = document.getElementById('app');
  if (!root) return;
  void firstPageSettled(first, FIRST_PAGE_WAIT_MS).then(() => {
    render(
      <UiTextContext.Provider value={{ t: rememberedText(t), locale }}>
        <App log={log} first={first} />
      </UiTextContext.Provider>,
      root,
    );
  });
});
