/**
 * The adapters' one element cache: what was read from an element (an inbox row, a message row),
 * kept while the element stays in the page and nothing inside it changed. The
 * runtime hands every read the nodes that changed since the previous one; `forgetAround` drops
 * the entries of the cached elements holding them, so the next read reads those elements again.
 * There is no fingerprint: an element whose content changed is known from the changes, and a read
 * without changes ("anything may have changed") starts over with a new cache. Entries are held
 * weakly (an element the site removed takes its entry with it). One cache per use, per adapter
 * instance: Instagram's inbox and thread readers, WhatsApp's thread reader.
 */
export class ElementCache<T> extends WeakMap<Element, T> {
  /**
   * Forgets every cached element that is one of `nodes` or holds one of them, walking up from
   * each node to `stop` (exclusive). Returns the elements forgotten.
   */
  forgetAround(nodes: readonly Node[], stop: Element | undefined): Element[] {
    const forgotten: Element[] = [];
    for (const node of nodes) {
      for (
        let el: Element | null = node instanceof Element ? node : node.parentElement;
        el && el !== stop;
        el = el.parentElement
      ) {
        if (this.delete(el)) forgotten.push(el);
      }
    }
    return forgotten;
  }
}
