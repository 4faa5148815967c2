// The popup page: provides the interface text and mounts the app on the extension's log, read
// without Dexie (lib/db/log-reader.ts) to keep the popup's bundle small.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { pageLogSource } from '@/lib/ui/hooks/log-changes';
import { rememberedText } from '@/lib/ui/remembered-text';
import { UiTextContext } from '@/components/shared/i18n';
import '@/components/shared/theme.css';
import '@/components/popup/popup.css';
import { App } from './App';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
const log = pageLogSource();
// The database connection opens while the page around the list renders.
log.reader.prepare();
const root = document.getElementById('app');
if (root) {
  render(
    <UiTextContext.Provider value={{ t: rememberedText(t), locale }}>
      <App log={log} />
    </UiTextContext.Provider>,
    root,
  );
}
