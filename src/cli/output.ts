// Terminal conventions shared by every command: data on stdout, messages on stderr,
// colours through chalk (NO_COLOR and --no-color honoured).
import chalk from "chalk";

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export function setColor(enabled: boolean | undefined): void {
  if (enabled === false || process.env.NO_COLOR) chalk.level = 0;
}

export const stderr = (s: string): void => {
  process.stderr.write(s + "\n");
};

/** One line per failed input: `FILE: error: WHY`. */
export const errorLine = (file: string, message: string): string => `${chalk.bold(file)}: ${chalk.red("error")}: ${message}`;

/** `FILE:LINE: level code: message`, the format editors and CI annotate from. */
export const findingLine = (file: string, line: number | null, level: string, code: string, message: string): string => {
  const colour = level === "error" ? chalk.red : level === "warning" ? chalk.yellow : chalk.cyan;
  return `${file}:${line ?? 0}: ${colour(level)} ${code}: ${message}`;
};
