/**
 * Runs the content script's work only when the page changed: one MutationObserver on the page,
 * a short debounce, then the work in an idle callback so typing and scrolling stay smooth. The
 * run is told where the page changed (the mutated nodes, or `undefined` for "anywhere": the first
 * run and runs asked for explicitly), so it can skip the parts that did not change. Mutations made
 * by our own injected UI are ignored. Everything stops with the abort signal.
 */
const OWN_UI = '[data-escalation-ui]';
/** Past this many distinct changed nodes, a run treats the whole page as changed. */
const MAX_TRACKED = 200;

function isOwnNode(node: Node): boolean {
  return node instanceof Element && node.matches(OWN_UI);
}

function isOwnRecord(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnNode);
}

export interface Scheduler {
  /** Asks for a run soon (debounced) that considers the whole page changed. */
  request(): void;
}

export type Run = (changed: readonly Node[] | undefined) => void;

export function startScheduler(
  target: Node,
  run: Run,
  signal: AbortSignal,
  debounceMs = 120,
): Scheduler {
  const win = target.ownerDocument?.defaultView ?? globalThis;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let changed: Set<Node> | undefined = new Set();

  const runNow = () => {
    idle = undefined;
    const nodes = changed === undefined ? undefined : [...changed];
    changed = new Set();
    if (!signal.aborted) run(nodes);
  };
  const schedule = () => {
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
    let relevant = false;
    for (const record of records) {
      if (isOwnRecord(record)) continue;
      relevant = true;
      if (changed === undefined) continue;
      changed.add(record.target);
      if (changed.size > MAX_TRACKED) changed = undefined;
    }
    if (relevant) schedule();
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined && 'cancelIdleCallback' in win) win.cancelIdleCallback(idle);
  });
  return {
    request() {
      changed = undefined;
      schedule();
    },
  };
}
