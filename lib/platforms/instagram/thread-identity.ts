/**
 * Thread keys for inbox rows that carry no link (reported from February 2026). A row with a
 * thread address keeps its id key. A link-less row is known by its display name
 * (`ig:name:<name>`); when two rendered rows share a name, the avatar's fingerprint is added, and
 * when even that is shared, the row's position among them. The row of the open thread takes the id
 * key from the address (matched by name, then by the header's avatar when names repeat), and that
 * pairing is remembered for as long as this object lives, so the same row keeps its id key back on
 * the inbox, where no address names it. A row's key depends only on the rows of its name and on
 * the pairings, so after a first keying (`keys`) a read hands over only the rows that left and
 * came (`patch`): the pairings (few) are looked up again over all rows, and only the names those
 * rows carry, or whose pairings changed, are keyed again; every key is what keying all rows gives.
 * Each title's normalised name is remembered rather than made again per read. One object per
 * adapter instance; it reads nothing from the page itself.
 */
import { isNameThreadKey, NAME_KEY_PREFIX, nameThreadKey } from './keys';

/** What identity needs of one rendered row. */
export interface RowIdentityFacts {
  title: string;
  /** Fingerprint of the row's avatar ('' without one). */
  avatar: string;
  /** Key from the row's own address, when it has one. */
  routeKey: string | undefined;
}

/** The open thread as rows care: its key from the address, title and header avatar. */
export interface OpenThreadHint {
  threadKey: string;
  title: string;
  /** Fingerprint of the header's avatar ('' when unknown). */
  avatar?: string;
}

/** Remembered pairings are few (threads the owner opened); past this many the oldest go. */
const MAX_LEARNED = 500;
/** Titles whose normalised name is kept; past this many (several inboxes' worth) they start over. */
const MAX_NAMES = 5000;

export class ThreadIdentity<R extends RowIdentityFacts = RowIdentityFacts> {
  /** Each person (name key, NUL, avatar) the owner opened, with its thread's key. */
  readonly #learned = new Map<string, string>();
  /** Each title's name key: a string made anew must be hashed anew. */
  readonly #names = new Map<string, string>();
  /** The link-less rows of each name key, in list order. */
  #groups = new Map<string, R[]>();
  /**
   * The rows with an address, by name key: one that looks like a pairing's person hides it, and a
   * pairing never takes a key a row's address gives.
   */
  #routed = new Map<string, R[]>();
  /** The rows keyed by the open thread or a pairing at the last keying. */
  #paired = new Map<R, string>();

  #nameKey(title: string): string {
    let key = this.#names.get(title);
    if (key === undefined) {
      if (this.#names.size >= MAX_NAMES) this.#names.clear();
      this.#names.set(title, (key = nameThreadKey(title)));
    }
    return key;
  }

  #remember(row: R, threadKey: string): void {
    const person = `${this.#nameKey(row.title)}\u0000${row.avatar}`;
    this.#learned.delete(person);
    this.#learned.set(person, threadKey);
    // The oldest goes.
    if (this.#learned.size > MAX_LEARNED)
      this.#learned.delete(this.#learned.keys().next().value ?? '');
  }

  /** Adds a row at `place` among its namesakes (default: last); returns its name key. */
  #enter(row: R, place?: (group: R[]) => number): string {
    const name = this.#nameKey(row.title);
    const map = row.routeKey === undefined ? this.#groups : this.#routed;
    let group = map.get(name);
    if (!group) map.set(name, (group = []));
    if (place) group.splice(place(group), 0, row);
    else group.push(row);
    return name;
  }

  /** Takes a row out; its name key, or undefined when it was not in. */
  #leave(row: R): string | undefined {
    const name = this.#nameKey(row.title);
    const group = (row.routeKey === undefined ? this.#groups : this.#routed).get(name) ?? [];
    const at = group.indexOf(row);
    if (at < 0) return undefined;
    group.splice(at, 1);
    return name;
  }

  /**
   * One key per row, in order, keying every row. `open` is the open thread when its address gives
   * an id key; its row is then keyed (and remembered) with that key.
   */
  keys(rows: readonly R[], open?: OpenThreadHint): string[] {
    this.#groups = new Map();
    this.#routed = new Map();
    for (const row of rows) this.#enter(row);
    const keys = this.#rekey(undefined, open, (row) => rows.indexOf(row));
    return rows.map((row) => row.routeKey ?? (keys.get(row) as string));
  }

  /**
   * After `keys`, the rows since then: `gone` left the list (or changed), `come` joined it (or
   * changed), `at` gives a row's place in the list now. Returns the key of every link-less row
   * whose key may have changed (the rows of the names touched), each as keying all rows would give
   * it; undefined when a row that left was never keyed (then key all rows).
   */
  patch(
    gone: readonly R[],
    come: readonly R[],
    at: (row: R) => number,
    open?: OpenThreadHint,
  ): Map<R, string> | undefined {
    const names = new Set<string>();
    for (const row of gone) {
      const name = this.#leave(row);
      if (name === undefined) return undefined;
      names.add(name);
    }
    for (const row of come)
      names.add(
        this.#enter(row, (group) => {
          const place = at(row);
          const after = group.findIndex((other) => at(other) > place);
          return after < 0 ? group.length : after;
        }),
      );
    return this.#rekey(names, open, at);
  }

  /**
   * Pairs rows with the open thread and what was remembered, then name keys for the rows of
   * `names` (and of every name whose pairing changed; all names when undefined): the name alone when no other link-less row
   * shows it (an opened row counts, so a namesake never takes the bare name that the opened
   * customer's escalations fall back to), else the name plus avatar, plus position when that is
   * shared too.
   */
  #rekey(
    names: Set<string> | undefined,
    open: OpenThreadHint | undefined,
    at: (row: R) => number,
  ): Map<R, string> {
    const paired = this.#pair(open, at);
    // The names of rows paired now or before (few) are keyed again: a pairing may have changed.
    if (names)
      for (const row of [...paired.keys(), ...this.#paired.keys()])
        names.add(this.#nameKey(row.title));
    this.#paired = paired;
    const keys = new Map<R, string>();
    const groups = names
      ? [...names].map((name) => [name, this.#groups.get(name) ?? []] as const)
      : this.#groups;
    // Positions among rows of the same name and avatar (the name is part of the key, so one map
    // serves every name).
    const seen = new Map<string, number>();
    for (const [name, group] of groups) {
      for (const row of group) {
        // A row alone with its name takes the name (or its pairing's key, set below).
        let key = group.length > 1 ? paired.get(row) : name;
        if (key === undefined) {
          const withAvatar = `${name}~${row.avatar}`;
          const position = (seen.get(withAvatar) ?? 0) + 1;
          seen.set(withAvatar, position);
          key = position === 1 ? withAvatar : `${withAvatar}~${position}`;
        }
        keys.set(row, key);
      }
    }
    for (const [row, key] of paired) if (keys.has(row)) keys.set(row, key);
    return keys;
  }

  /**
   * The rows keyed by a thread id: the open thread's (the link-less row with its name; when
   * several, with its avatar), remembered; then each remembered person shown by exactly one row
   * (link-less or not), in row order, unless its key is taken (by an address or a row above).
   */
  #pair(open: OpenThreadHint | undefined, at: (row: R) => number): Map<R, string> {
    const paired = new Map<R, string>();
    const taken = new Set<string>();
    if (open && !isNameThreadKey(open.threadKey)) {
      const name = this.#nameKey(open.title);
      const same = (name !== NAME_KEY_PREFIX && this.#groups.get(name)) || [];
      const found =
        same.length > 1 && open.avatar ? same.filter((row) => row.avatar === open.avatar) : same;
      const row = found.length === 1 ? found[0] : undefined;
      if (row) {
        paired.set(row, open.threadKey);
        taken.add(open.threadKey);
        this.#remember(row, open.threadKey);
      }
    }
    const known: [R, string][] = [];
    for (const [person, key] of this.#learned) {
      const cut = person.lastIndexOf('\u0000');
      const name = person.slice(0, cut);
      const avatar = person.slice(cut + 1);
      const alike = [...(this.#groups.get(name) ?? []), ...(this.#routed.get(name) ?? [])].filter(
        (row) => row.avatar === avatar,
      );
      const row = alike.length === 1 ? alike[0] : undefined;
      if (row?.routeKey === undefined && row && !paired.has(row)) known.push([row, key]);
    }
    for (const [row, key] of known.sort((x, y) => at(x[0]) - at(y[0]))) {
      if (
        taken.has(key) ||
        [...this.#routed.values()].some((rows) => rows.some((other) => other.routeKey === key))
      )
        continue;
      paired.set(row, key);
      taken.add(key);
    }
    return paired;
  }
}
