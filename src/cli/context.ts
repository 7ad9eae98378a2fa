// What a command gets from its host: no process globals, so tests call run() in memory.

export interface CommandContext {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Append to stdout / stderr (text is written as is; add your own newlines). */
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
}

export type Command = (args: string[], ctx: CommandContext) => Promise<number>;
