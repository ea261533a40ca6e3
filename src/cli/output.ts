// Terminal conventions shared by every command: data on stdout, messages on stderr,
// colours through chalk (NO_COLOR and --no-color honoured), a progress bar only on an
// interactive terminal, a summary line at the end of a batch.
import chalk from "chalk";
import { createRequire } from "node:module";
import type cliProgressModule from "cli-progress";
import { InvalidArgumentError } from "commander";

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export function setColor(enabled: boolean | undefined): void {
  if (enabled === false || (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "")) chalk.level = 0;
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

/** A usage error: `tongbao: error: WHY` on stderr; returns the exit code 2. */
export function usageError(message: string, hint = "see tongbao --help"): number {
  stderr(`tongbao: ${chalk.red("error")}: ${message}${hint ? ` (${hint})` : ""}`);
  return EXIT_USAGE;
}

/** An error about the whole run (e.g. an output that cannot be written): `tongbao: error: WHY`. */
export const runError = (message: string): string => `tongbao: ${chalk.red("error")}: ${message}`;

/** commander argument parser for `-j, --jobs <n>`: a whole number ≥ 1. */
export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError("Expected a whole number of at least 1.");
  return Number(value);
}


/** Whether we are in CI: the CI variable is set (to anything but an empty string, 0 or false). */
export const inCI = (): boolean => {
  const v = process.env.CI;
  return v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";
};

/** Progress bar only for a person watching: stderr is a terminal, not CI, and more than a few files. */
export const PROGRESS_MIN_FILES = 5;
export const wantProgress = (files: number, isTTY = !!process.stderr.isTTY): boolean => isTTY && !inCI() && files > PROGRESS_MIN_FILES;

/**
 * Messages on stderr during a batch. With a progress bar, lines are printed above the bar so that
 * the two never garble each other.
 */
export class Reporter {
  private multi: cliProgressModule.MultiBar | null = null;
  private bar: cliProgressModule.SingleBar | null = null;

  constructor(total: number, verb: string, progress = wantProgress(total)) {
    if (!progress) return;
    // Loaded only when a bar is shown: most runs (pipes, CI, one file) never draw one.
    const cliProgress = createRequire(import.meta.url)("cli-progress") as typeof cliProgressModule;
    this.multi = new cliProgress.MultiBar(
      {
        stream: process.stderr,
        format: `${verb} {bar} {value}/{total} | {eta_formatted} left`,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
        noTTYOutput: false,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar = this.multi.create(total, 0);
  }

  get progress(): boolean {
    return this.bar !== null;
  }

  line(s: string): void {
    if (this.multi) this.multi.log(s + "\n");
    else stderr(s);
  }

  tick(): void {
    this.bar?.increment();
  }

  stop(): void {
    this.multi?.stop();
    this.multi = null;
    this.bar = null;
  }
}

const nf = new Intl.NumberFormat("en-US");
export const count = (n: number): string => nf.format(n);
export const plural = (n: number, one: string, many = one + "s"): string => `${count(n)} ${n === 1 ? one : many}`;
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

let epipeHandled = false;
/**
 * A closed pipe on standard output (`tongbao … | head`) ends the program quietly instead of
 * crashing with an EPIPE stack trace. Installed once, when the CLI loads (help output included).
 */
export function exitQuietlyOnEpipe(): void {
  if (epipeHandled) return;
  epipeHandled = true;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : EXIT_OK);
    throw e;
  });
}
exitQuietlyOnEpipe();
