import { defineBackground } from '#imports';
import { startBackground } from '@/lib/background';
import { db } from '@/lib/db/db';

export default defineBackground({
  main() {
    startBackground(db);
  },
});
