// What a command gets from its host: no process globals, so tests call run() in memory.

export interface CommandContext {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Append to stdout / stderr (text is written as is; add your own newlines). */
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
  /** Which streams are terminals (bin.ts fills this in; in memory none is). */
  tty: { stdin: boolean; stdout: boolean; stderr: boolean };
  /**
   * Writes to stderr at once (not at the end of the run): for progress lines that a terminal
   * redraws. Undefined when stderr is not a terminal, so nothing is drawn into logs.
   */
  live?(text: string): void;
}

export type Command = (args: string[], ctx: CommandContext) => Promise<number>;
