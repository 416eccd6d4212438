/**
 * A file that render made, for output/ to write: render decides what the outputs hold, output/ alone writes,
 * stages and publishes them.
 */
export interface OutputFile {
  /** Relative to the folder the file belongs in, with `/` separators. */
  path: string;
  bytes: string | Uint8Array;
}
