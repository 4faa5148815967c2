/**
 * A component that renders again only when one of its props changes (compared one by one with
 * Object.is), like React's memo. Preact's own memo comes with preact/compat, whose global hooks
 * would run on every element of the page and add kilobytes; this is the part the lists need.
 */
import { Component, h, type FunctionComponent } from 'preact';

function changed(a: object, b: object): boolean {
  const before = a as Record<string, unknown>;
  const after = b as Record<string, unknown>;
  for (const key in before) if (!(key in after)) return true;
  for (const key in after) if (!Object.is(before[key], after[key])) return true;
  return false;
}

export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return changed(this.props, next);
    }
    override render() {
      return h(render, this.props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
