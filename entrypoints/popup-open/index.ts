// The popup's first script (popup.html asks for it before the app): asks IndexedDB for the log's
// connection while the app's module is still loading; the app's reader takes it over
// (lib/db/early-open.ts).
import { defineUnlistedScript } from '#imports';
import { startEarlyOpen } from '@/lib/db/early-open';

export default defineUnlistedScript(() => {
  startEarlyOpen();
});
