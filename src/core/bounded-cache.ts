/**
 * Values remembered by a text key, for as long as bcp runs: `bcp watch` builds again after every save, and a save
 * changes a file or two, so most of what a build works out (a file's parse, a fragment's HTML, git's answer about a
 * commit) is what the last build worked out. Bounded: emptied when what it holds, counted by `sizeOf` (one per entry
 * unless told), would pass `limit`, so a long watch session or a library user checking many plans does not keep
 * every version of everything.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();
  private held = 0;

  constructor(
    private readonly limit: number,
    private readonly sizeOf: (value: V, key: string) => number = () => 1,
  ) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    const before = this.entries.get(key);
    if (before !== undefined) this.held -= this.sizeOf(before, key);
    const size = this.sizeOf(value, key);
    if (this.held + size > this.limit) this.clear();
    this.entries.set(key, value);
    this.held += size;
  }

  /** The value for `key`, made by `make` when there is none yet. */
  getOrMake(key: string, make: () => V): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      value = make();
      this.set(key, value);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.held = 0;
  }
}

/**
 * What was last made from each file, by its path, reused while the file's text is the same: a plan file's parse,
 * schema errors or unusual characters follow from its text alone.
 */
export class LastByFile<V> {
  private readonly last: BoundedCache<{ text: string; value: V }>;

  constructor(limit = 5_000) {
    this.last = new BoundedCache(limit);
  }

  get(path: string, text: string): V | undefined {
    const last = this.last.get(path);
    return last?.text === text ? last.value : undefined;
  }

  set(path: string, text: string, value: V): void {
    this.last.set(path, { text, value });
  }

  /** The value for this text of the file, made by `make` when the text changed. */
  getOrMake(path: string, text: string, make: () => V): V {
    const known = this.get(path, text);
    if (known !== undefined) return known;
    const value = make();
    this.set(path, text, value);
    return value;
  }
}
