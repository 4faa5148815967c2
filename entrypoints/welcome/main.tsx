// The welcome page: opened by the background on first install and from the options page.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { UiTextContext } from '@/components/shared/i18n';
import '@/components/shared/theme.css';
import '@/components/options/options.css';
import '@/components/welcome/welcome.css';
import { App } from './App';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
document.title = t('setup_title');
const root = document.getElementById('app');
if (root) {
  render(
    <UiTextContext.Provider value={{ t, locale }}>
      <App />
    </UiTextContext.Provider>,
    root,
  );
}
