// The popup page: provides the interface text and mounts the app on the extension's database.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { db } from '@/lib/db/db';
import { t } from '@/lib/i18n';
import { UiTextContext } from '@/components/shared/i18n';
import '@/components/shared/theme.css';
import '@/components/popup/popup.css';
import { App } from './App';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
const root = document.getElementById('app');
if (root) {
  render(
    <UiTextContext.Provider value={{ t, locale }}>
      <App db={db} />
    </UiTextContext.Provider>,
    root,
  );
}
