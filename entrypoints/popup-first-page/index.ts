// Runs in popup.html before the popup's main script (a classic script, so it starts as soon as
// the page is parsed, while the main script is still loading): opens the log and reads
// the first page, for the app to take over (lib/ui/first-page.ts).
import { defineUnlistedScript } from '#imports';
import { handOverFirstPage, readFirstPage } from '@/lib/ui/first-page';
import { pageLogSource } from '@/lib/ui/hooks/log-changes';

export default defineUnlistedScript(() => {
  handOverFirstPage(readFirstPage(pageLogSource()));
});
