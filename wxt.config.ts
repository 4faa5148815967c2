import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Escalation Radar build configuration. Permissions are the fewest the features need; the README
// explains each one. No remote code, no network: the CSP stays at the browser default.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'notifications', 'alarms'],
    host_permissions: ['https://web.whatsapp.com/*', 'https://www.instagram.com/*'],
    action: { default_title: 'Escalation Radar' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'escalation-radar@escalation-radar.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
