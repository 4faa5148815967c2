// The content scripts are compiled whole when Chromium injects them (V8's compile hint at the top of
// each built script): their first pass on a page compiles almost no function on its first call
// (without the hint, about 150 on these pages). Counted in a trace of the page's renderer: V8's
// compiles (V8.CompileCode) inside the content script's evaluation and callbacks, apart from those
// inside the compile of the script itself.
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

const SITES = [
  {
    name: 'instagram',
    // Same site as www.instagram.com (so the same renderer), where the content script does not run.
    bare: 'https://instagram.com/',
    url: 'https://www.instagram.com/direct/inbox/',
  },
  { name: 'whatsapp', bare: 'https://whatsapp.com/', url: 'https://web.whatsapp.com/' },
] as const;

async function record(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,disabled-by-default-v8.compile',
    transferMode: 'ReportEvents',
  });
  await during();
  const complete = new Promise<void>((resolve) => {
    cdp.once('Tracing.tracingComplete', () => {
      resolve();
    });
  });
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** Whether `inner` lies within one of `outer` on the same thread. */
function within(inner: TraceEvent, outer: readonly TraceEvent[]): boolean {
  return outer.some(
    (o) =>
      o.pid === inner.pid &&
      o.tid === inner.tid &&
      o.ts <= inner.ts &&
      inner.ts + (inner.dur ?? 0) <= o.ts + (o.dur ?? 0),
  );
}

async function firstPass(page: Page, site: (typeof SITES)[number]) {
  // A page of the same site first puts the tab in the site's renderer, so the recording survives
  // the navigation; the content script is not injected there, so nothing of it is compiled yet.
  await page.route(`${site.bare}**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>-</title>',
    }),
  );
  await page.goto(site.bare);
  const cdp = await page.context().newCDPSession(page);
  return record(cdp, async () => {
    await page.goto(site.url);
    // The first mark comes with the background's answer to the first pass's batch.
    await page.waitForSelector('[data-escalation-category]', { state: 'attached' });
  });
}

for (const site of SITES) {
  test(`${site.name}: the first pass compiles almost no function on its first call`, async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    const events = await firstPass(page, site);
    const scriptUrl = `chrome-extension://${extensionId}/content-scripts/${site.name}.js`;
    const complete = events.filter((e) => e.ph === 'X');
    const script = complete.filter(
      (e) =>
        (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
        e.args?.data?.url === scriptUrl,
    );
    const scriptCompiles = complete.filter((e) => e.name === 'v8.compile');
    const compiles = complete.filter((e) => e.name === 'V8.CompileCode' && within(e, script));
    const whole = compiles.filter((e) => within(e, scriptCompiles));
    const onFirstCall = compiles.filter((e) => !within(e, scriptCompiles));
    expect(script.length).toBeGreaterThan(0);
    // The script was compiled (the trace records compiles), and with it all its functions.
    expect(whole.length).toBeGreaterThan(0);
    // V8 still compiles class field initialisers when first used: a few at most.
    expect(onFirstCall.length).toBeLessThanOrEqual(8);
  });
}
