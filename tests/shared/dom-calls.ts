/**
 * Watches the script's own calls of DOM methods and getters in jsdom: each given member is wrapped
 * so that `onCall` hears of every call made from outside the wrapped members. A call the DOM makes
 * inside another (jsdom's selector engine lists elements and reads attributes itself) is not the
 * script's and is not reported.
 */
export type Member = [prototype: object, name: string, kind: 'value' | 'get'];

/** Wraps the members; returns the function that puts them back. */
export function watchCalls(
  members: readonly Member[],
  onCall: (name: string, self: unknown, args: unknown[]) => void,
): () => void {
  let inside = 0;
  const undo: (() => void)[] = [];
  for (const [proto, name, kind] of members) {
    let owner: object | null = proto;
    while (owner && !Object.hasOwn(owner, name))
      owner = Object.getPrototypeOf(owner) as object | null;
    const descriptor = owner ? Object.getOwnPropertyDescriptor(owner, name) : undefined;
    const original = descriptor?.[kind] as ((...args: unknown[]) => unknown) | undefined;
    if (!descriptor || !original) throw new Error(`no ${name}`);
    const counted = function (this: unknown, ...args: unknown[]): unknown {
      if (inside === 0) onCall(name, this, args);
      inside++;
      try {
        return original.apply(this, args);
      } finally {
        inside--;
      }
    };
    Object.defineProperty(proto, name, { ...descriptor, [kind]: counted });
    undo.push(() => {
      Object.defineProperty(proto, name, descriptor);
    });
  }
  return () => {
    for (const step of undo.reverse()) step();
  };
}
