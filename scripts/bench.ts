/** `npm run bench`: runs every benchmark module of scripts/bench/index.ts in sequence. */
import { BENCHES } from './bench/index';

for (const b of BENCHES) {
  console.log(`\n=== ${b.name} ===`);
  await b.run();
}
