import { defineBackground } from '#imports';

export default defineBackground(() => {
  // wired in lib/background
});
