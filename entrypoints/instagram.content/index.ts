import { defineContentScript } from '#imports';
import { launch } from '@/lib/content/start';
import { createInstagramAdapter } from '@/lib/platforms/instagram/adapter';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    launch(createInstagramAdapter({ signal: ctx.signal }), ctx);
  },
});
