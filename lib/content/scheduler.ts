/**
 * Runs the content script's work only when the page changed: one MutationObserver on the page,
 * a short debounce, then the work in an idle callback so typing and scrolling stay smooth.
 * Mutations made by our own injected UI are ignored. Everything stops with the abort signal.
 */
const OWN_UI = '[data-escalation-ui]';

function isOwnNode(node: Node): boolean {
  return node instanceof Element && node.matches(OWN_UI);
}

function isOwnRecord(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnNode);
}

export interface Scheduler {
  /** Asks for a run soon (debounced). */
  request(): void;
}

export function startScheduler(
  target: Node,
  run: () => void,
  signal: AbortSignal,
  debounceMs = 120,
): Scheduler {
  const win = target.ownerDocument?.defaultView ?? globalThis;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;

  const runNow = () => {
    idle = undefined;
    if (!signal.aborted) run();
  };
  const request = () => {
    if (signal.aborted || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (idle !== undefined) return;
      idle =
        'requestIdleCallback' in win
          ? win.requestIdleCallback(runNow, { timeout: 400 })
          : (setTimeout(runNow, 0) as unknown as number);
    }, debounceMs);
  };

  const observer = new MutationObserver((records) => {
    if (!records.every(isOwnRecord)) request();
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined && 'cancelIdleCallback' in win) win.cancelIdleCallback(idle);
  });
  return { request };
}
