/**
 * A value worked out on first use and kept: modules read files (the schema, docs pages, package.json) when they are
 * first needed, not when they are imported, so importing bcp as a library costs nothing and a missing file fails
 * the call that needs it, with its own message, instead of the import.
 */
export function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
