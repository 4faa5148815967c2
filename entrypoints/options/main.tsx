// The options page: provides the interface text and mounts the settings app.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { UiTextContext } from '@/components/shared/i18n';
import '@/components/shared/theme.css';
import '@/components/options/options.css';
import { App } from './App';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
document.title = t('options_title');
const root = document.getElementById('app');
if (root) {
  render(
    <UiTextContext.Provider value={{ t, locale }}>
      <App confirm={(message) => window.confirm(message)} />
    </UiTextContext.Provider>,
    root,
  );
}
