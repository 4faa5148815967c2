import { defineContentScript } from '#imports';
import { launch } from '@/lib/content/start';
import { createWhatsappAdapter } from '@/lib/platforms/whatsapp/adapter';

export default defineContentScript({
  matches: ['https://web.whatsapp.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    launch(createWhatsappAdapter({ signal: ctx.signal }), ctx);
  },
});
