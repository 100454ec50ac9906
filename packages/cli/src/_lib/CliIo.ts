/** A stream the command line writes to. */
export interface CliStream {
  write(text: string): unknown;
  /** True on a terminal. */
  readonly isTTY?: boolean;
  /** Width of the terminal, in columns. */
  readonly columns?: number;
}

/** The world of one run of the command line: its streams and the folder relative paths start from. */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  readonly cwd: string;
}
