/**
 * Thread keys for inbox rows that carry no link (reported from February 2026). A row with a
 * thread address keeps its id key. A link-less row is known by its display name
 * (`ig:name:<name>`); when two rendered rows share a name, the avatar's fingerprint is added, and
 * when even that is shared, the row's position among them. The row of the open thread takes the id
 * key from the address (matched by name, then by the header's avatar when names repeat), and that
 * pairing is remembered for as long as this object lives, so the same row keeps its id key back on
 * the inbox, where no address names it. Every read keys all link-less rows together, so each
 * title's normalised name is remembered rather than made again per read. One object per adapter
 * instance; it reads nothing from the page itself.
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

export class ThreadIdentity {
  private readonly learned = new Map<string, string>();
  /**
   * Each title's name key and each row's person (name and avatar), kept: every read keys all rows
   * again, most of them unchanged, and a string made anew must be hashed anew.
   */
  private readonly names = new Map<string, string>();
  private readonly persons = new WeakMap<RowIdentityFacts, string>();

  private nameKey(title: string): string {
    let key = this.names.get(title);
    if (key === undefined) {
      if (this.names.size >= MAX_NAMES) this.names.clear();
      this.names.set(title, (key = nameThreadKey(title)));
    }
    return key;
  }

  private person(row: RowIdentityFacts): string {
    let person = this.persons.get(row);
    if (person === undefined)
      this.persons.set(row, (person = `${this.nameKey(row.title)}\u0000${row.avatar}`));
    return person;
  }

  private remember(row: RowIdentityFacts, threadKey: string): void {
    const person = this.person(row);
    this.learned.delete(person);
    this.learned.set(person, threadKey);
    // The oldest goes.
    if (this.learned.size > MAX_LEARNED)
      this.learned.delete(this.learned.keys().next().value ?? '');
  }

  /**
   * One key per row, in order. `open` is the open thread when its address gives an id key; its
   * row is then keyed (and remembered) with that key. Each row is looked at once: its person and
   * its name are grouped in one pass, and what was remembered is looked up per pairing, not per row.
   */
  keys(rows: readonly RowIdentityFacts[], open?: OpenThreadHint): string[] {
    const keys: (string | undefined)[] = [];
    /** Each person's row, or -1 when two rendered rows look exactly alike. */
    const people = new Map<string, number>();
    /** The link-less rows of each name key, in order. */
    const byName = new Map<string, number[]>();
    rows.forEach((row, index) => {
      keys.push(row.routeKey);
      const person = this.person(row);
      people.set(person, people.has(person) ? -1 : index);
      if (row.routeKey !== undefined) return;
      const name = this.nameKey(row.title);
      const group = byName.get(name);
      if (group) group.push(index);
      else byName.set(name, [index]);
    });
    if (open && !isNameThreadKey(open.threadKey)) {
      // The open thread's row: the link-less row with its name; when several, with its avatar.
      const name = this.nameKey(open.title);
      const same = (name !== NAME_KEY_PREFIX && byName.get(name)) || [];
      const found =
        same.length > 1 && open.avatar ? same.filter((i) => rows[i]?.avatar === open.avatar) : same;
      const index = found.length === 1 ? (found[0] as number) : -1;
      const row = rows[index];
      if (row) {
        keys[index] = open.threadKey;
        this.remember(row, open.threadKey);
      }
    }
    const taken = new Set(keys.filter((key): key is string => key !== undefined));
    // Rows the owner opened before, in row order, unless two rendered rows look exactly alike.
    const known: [number, string][] = [];
    for (const [person, key] of this.learned) {
      const index = people.get(person) ?? -1;
      if (index >= 0 && keys[index] === undefined) known.push([index, key]);
    }
    for (const [index, key] of known.sort((x, y) => x[0] - y[0])) {
      if (taken.has(key)) continue;
      keys[index] = key;
      taken.add(key);
    }
    return this.nameKeys(rows, keys, byName);
  }

  /**
   * Name keys for the rows still without one: the name alone when no other link-less row shows
   * it (an opened row counts, so a namesake never takes the bare name that the opened customer's
   * escalations fall back to), else the name plus avatar, plus position when that is shared too.
   */
  private nameKeys(
    rows: readonly RowIdentityFacts[],
    keys: (string | undefined)[],
    byName: ReadonlyMap<string, readonly number[]>,
  ): string[] {
    for (const [base, indexes] of byName) {
      const seen = new Map<string, number>();
      for (const index of indexes) {
        if (keys[index] !== undefined) continue;
        if (indexes.length === 1) {
          keys[index] = base;
          continue;
        }
        const withAvatar = `${base}~${rows[index]?.avatar ?? ''}`;
        const position = (seen.get(withAvatar) ?? 0) + 1;
        seen.set(withAvatar, position);
        keys[index] = position === 1 ? withAvatar : `${withAvatar}~${position}`;
      }
    }
    return keys.map((key, index) => key ?? this.nameKey(rows[index]?.title ?? ''));
  }
}
