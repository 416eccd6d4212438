import { createHash } from 'node:crypto';

/** A page as it was last rendered: what it read of its data, a fingerprint of those values, and its HTML. */
interface RememberedPage {
  template: string;
  /** The top-level names of the page's data that the template read, and how much of each. */
  read: [string, Depth][];
  fingerprint: string;
  html: string;
}

/** What one page is rendered from: the data every page shares, and what belongs to this page alone. */
export interface PageInputs {
  file: string;
  template: string;
  shared: Record<string, unknown>;
  own: Record<string, unknown>;
}

/**
 * The site's pages as `bcp watch` last rendered them, so that a save re-renders only the pages whose data changed.
 *
 * Each page is rendered through a proxy that notes every top-level name the template reads (`scenario`, `meta`,
 * `people` …). On the next build, the page is rendered again only when one of those values differs from last
 * time; otherwise its HTML is reused. That is safe because a template is a pure function of what it reads: with
 * the same values it takes the same branches, reads the same names and writes the same bytes. A value is compared
 * through its JSON text, so the data must be plain (objects, arrays, strings, numbers, booleans, null, and
 * Handlebars' SafeString, whose text is its `string` field); `site-data-plain.test.ts` checks that it is.
 */
export class SitePageMemory {
  private pages = new Map<string, RememberedPage>();
  /** How many pages the last build rendered and reused: `bcp watch` and the tests report it. */
  last = { rendered: 0, reused: 0 };

  /** Starts a build rendered with `templates` (a fingerprint of their sources: a changed template changes every page). */
  build(templates: string): SiteBuildMemory {
    this.last = { rendered: 0, reused: 0 };
    return new SiteBuildMemory(this, templates);
  }

  /** @internal */
  remembered(file: string): RememberedPage | undefined {
    return this.pages.get(file);
  }

  /** @internal */
  remember(file: string, page: RememberedPage, rendered: boolean): void {
    this.pages.set(file, page);
    if (rendered) this.last.rendered++;
    else this.last.reused++;
  }

  /** Forgets the pages a build no longer makes (a scenario removed), so that memory does not grow with renames. */
  keepOnly(files: ReadonlySet<string>): void {
    for (const file of this.pages.keys()) if (!files.has(file)) this.pages.delete(file);
  }
}

/** One build's view of the memory: the shared values' fingerprints are worked out once per build, not per page. */
export class SiteBuildMemory {
  /** Each object's print, worked out once per build: a scenario is read whole by its page and, in a list, by others. */
  private prints = new WeakMap<object, string>();

  constructor(
    private readonly memory: SitePageMemory,
    private readonly templates: string,
  ) {}

  /**
   * The page's HTML: remembered when nothing it read has changed, else `render` is called with a context that
   * notes what it reads, and `finish` (tidying, checks) is applied to what it writes.
   */
  page(inputs: PageInputs, render: (context: object) => string, finish: (html: string) => string): string {
    const before = this.memory.remembered(inputs.file);
    if (before && before.template === inputs.template && before.fingerprint === this.fingerprint(inputs, before.read)) {
      this.memory.remember(inputs.file, before, false);
      return before.html;
    }
    const read = new Map<string, Depth>();
    const html = finish(render(recording({ ...inputs.shared, ...inputs.own }, read)));
    const names = [...read];
    const fingerprint = this.fingerprint(inputs, names);
    this.memory.remember(inputs.file, { template: inputs.template, read: names, fingerprint, html }, true);
    return html;
  }

  private fingerprint(inputs: PageInputs, names: readonly [string, Depth][]): string {
    const hash = createHash('sha1').update(this.templates).update('\0').update(inputs.template);
    for (const [name, depth] of names) {
      hash.update('\0').update(name).update('\0').update(depth).update('\0');
      if (name === NAMES) hash.update([...Object.keys(inputs.shared), ...Object.keys(inputs.own)].sort().join('\0'));
      else if (depth === 'kind') hash.update(kindOf(valueOf(inputs, name)));
      else hash.update(this.printOf(valueOf(inputs, name)));
    }
    return hash.digest('hex');
  }

  /**
   * A value's JSON text, hashed, so that values compare by what they hold, whoever made them. A list's print is
   * made of its items' prints, so that an item read whole by two pages is written out once.
   */
  private printOf(value: unknown): string {
    if (typeof value !== 'object' || value === null) return `${typeof value}:${String(value)}`;
    let print = this.prints.get(value);
    if (print === undefined) {
      const hash = createHash('sha1');
      if (Array.isArray(value)) for (const item of value) hash.update(this.printOf(item)).update(',');
      else hash.update(JSON.stringify(value));
      print = `${Array.isArray(value) ? 'list' : 'object'}:${hash.digest('hex')}`;
      this.prints.set(value, print);
    }
    return print;
  }
}

function valueOf(inputs: PageInputs, name: string): unknown {
  return Object.hasOwn(inputs.own, name) ? inputs.own[name] : inputs.shared[name];
}

/** What a template can tell of a value it did not look inside: whether it is there, and what sort of thing it is. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'empty list' : 'list';
  return typeof value === 'object' ? 'object' : `${typeof value}:${String(value)}`;
}

/**
 * How much of a value a page read: `whole` when the template looked inside it (or it is a plain string or number),
 * `kind` when it only held it or tested it (Handlebars copies every name of the page's data into a partial's
 * context, and `{{#if charts}}` asks only whether there is one).
 */
type Depth = 'whole' | 'kind';

/** The names that stand for "which names there are", asked by a template that walks them all. */
const NAMES = '\0names';

/**
 * The page's data behind a proxy that notes what the template reads. A name whose value is an object is noted as
 * `kind` when it is handed out and as `whole` once anything inside it is touched: Handlebars hands every value to
 * each partial it calls, and noting those as read would make every page depend on everything.
 */
function recording(context: Record<string, unknown>, read: Map<string, Depth>): object {
  const note = (name: string | symbol, depth: Depth): void => {
    // Symbols are the language asking (Symbol.toPrimitive, iterators), never a name of the plan's data.
    if (typeof name !== 'string' || read.get(name) === 'whole') return;
    read.set(name, depth);
  };
  const handedOut = new Map<string, object>();
  const handOut = (name: string, value: object): object => {
    let proxy = handedOut.get(name);
    if (!proxy) {
      proxy = touching(value, () => note(name, 'whole'));
      handedOut.set(name, proxy);
    }
    return proxy;
  };
  return new Proxy(context, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof name !== 'string' || typeof value !== 'object' || value === null) {
        note(name, 'whole');
        return value;
      }
      note(name, 'kind');
      return handOut(name, value);
    },
    has(target, name) {
      note(name, 'kind');
      return Reflect.has(target, name);
    },
    getOwnPropertyDescriptor(target, name) {
      note(name, 'kind');
      return Reflect.getOwnPropertyDescriptor(target, name);
    },
    ownKeys(target) {
      note(NAMES, 'whole');
      return Reflect.ownKeys(target);
    },
  });
}

/** A value that calls `touched` the first time anything reads it, however: a property, a test, its names. */
function touching<T extends object>(value: T, touched: () => void): T {
  const handler: ProxyHandler<T> = {};
  for (const trap of ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'apply', 'construct'] as const) {
    (handler as Record<string, unknown>)[trap] = (...args: unknown[]) => {
      touched();
      return (Reflect[trap] as (...a: unknown[]) => unknown)(...args);
    };
  }
  return new Proxy(value, handler);
}
