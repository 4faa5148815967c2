// The popup's app (popup.html loads it as one module; wxt.config.ts says why): starts reading the
// log's first page before anything else, provides the interface text and mounts the app on the
// log, read without Dexie (lib/db/log-reader.ts) to keep the popup's bundle small, once that
// read is in (or has taken too long), so the first render already shows the list.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from '#imports';
import { takeEarlyOpen } from '@/lib/db/early-open';
import { t } from '@/lib/i18n';
import { firstPageSettled, readFirstPage } from '@/lib/ui/first-page';
import { pageLogSource, storageLogChanges } from '@/lib/ui/hooks/log-changes';
import { rememberedText } from '@/lib/ui/remembered-text';
import { UiTextContext } from '@/components/shared/i18n';
import { App } from './App';

/**
 * How long the first render waits for the read of the first page (firstPageSettled): it usually
 * ends a few milliseconds after this script has run; past this, the popup shows its frame with
 * "Loading…" and the page when it comes.
 */
const FIRST_PAGE_WAIT_MS = 100;

export default defineUnlistedScript(() => {
  // The first page is read (through the connection the popup's first script asked for,
  // entrypoints/popup-open) while the rest of this runs and the app renders; the app reads on
  // through the same reader.
  const first = readFirstPage(pageLogSource(takeEarlyOpen()));
  const log = { reader: first.reader, changes: storageLogChanges };
  const locale = browser.i18n.getUILanguage();
  document.documentElement.lang = locale;
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
