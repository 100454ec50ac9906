import type { Language, LocalizedText } from "@parcomms/core";
import type { CliIo } from "./CliIo";

/** What every command gets: the streams, the language of messages, and the arguments after its name. */
export interface CommandContext {
  readonly io: CliIo;
  readonly language: Language;
  readonly args: readonly string[];
}

/** A `parcomms` command: its name, one-line summary, help text and what it does (returns the exit code). */
export interface Command {
  readonly name: string;
  readonly summary: LocalizedText;
  readonly help: LocalizedText;
  run(context: CommandContext): Promise<number>;
}
