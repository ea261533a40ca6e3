// Runs the parser over many inputs and yields one result per input, in input order, so that
// output is deterministic whatever the parallelism. A failure is a result, never a throw.
//
// jobs = 1 parses on the main thread. jobs > 1 hands files to a pool of worker threads (each
// imports the compiled library and reads + parses its files itself) and yields their results
// strictly in input order. Buffering is bounded: at most `window` files are in flight or parsed
// but not yet consumed, so a slow consumer or one slow file stalls dispatch instead of growing
// memory. A worker that dies turns the file it held into an error result and is replaced; stdin
// (`-`) is always read on the main thread.
import { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Notice, Diagnostic } from "../index.js";
import type { InputFile } from "../read/inputs.js";
import { parseOne, type BatchFailure } from "./one.js";
import type { WorkerReply, WorkerTask } from "./one.js";

export type { BatchFailure } from "./one.js";

export interface BatchOptions {
  encoding?: string;
  /**
   * Worker threads; 1 parses on the main thread, 0 means one per core. When left out, the
   * TONGBAO_JOBS environment variable is used if set, else 1.
   */
  jobs?: number;
  /** Files in flight or parsed but not yet consumed (jobs > 1). Default: 4 per worker, at least 8. */
  window?: number;
  /**
   * Pretty JSON wanted with this indent: workers serialize each document so too, and the result's
   * `indented(indent)` hands their UTF-8 over without the main thread decoding the document.
   */
  indent?: number;
  /** Called when a file is handed to a worker or starts parsing (progress, tests). */
  onDispatch?: (file: InputFile, index: number) => void;
  /** Worker script (tests only); default: dist/batch/worker.js beside this module. */
  workerUrl?: URL;
}

/**
 * A parsed input. `doc`, `json` and `line` describe the same document; whichever was not
 * produced first is derived once, on first read: results from workers arrive as a UTF-8 JSON
 * Lines record (so writing JSONL costs the main thread neither a decode, an encode nor a copy),
 * results parsed on the main thread as objects. `diagnostics` is `doc.diagnostics`, available without decoding.
 */
export interface BatchSuccess {
  file: InputFile;
  ok: true;
  readonly doc: Notice;
  /** JSON.stringify(doc): compact, one line. */
  readonly json: string;
  /** The JSON Lines record: `json` and a line feed, in UTF-8. */
  readonly line: Uint8Array;
  readonly diagnostics: Diagnostic[];
  /** JSON.stringify(doc, null, indent); UTF-8 from the worker when it made that indent. */
  indented(indent: number): string | Uint8Array;
}

export type BatchResult = BatchSuccess | BatchFailure;

/** Number of workers used for `jobs: 0`: one per core. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Inputs a worker must have to pay for itself. Each worker is a new V8 isolate that loads the
 * library and compiles the parser again (≈1 s of CPU before it runs at full speed), on the same
 * cores as the other workers. Measured on 2 cores (2026-12-03, alternating runs): 500 inputs took
 * 3.4–3.6 s with one thread and 3.6–3.7 s with two workers, 1,000 broke even (5.2–5.8 against
 * 5.3–5.5 s), 1,500 ran 1.15–1.25× faster with two, 2,000 1.3–1.4× and 8,000 1.5–1.8×. So two
 * workers from 1,500 inputs on (one per 750).
 */
export const INPUTS_PER_WORKER = 750;

/** The CLI's default parallelism for a batch of `inputs`: one per core, but none that cannot pay for itself. */
export function autoJobs(inputs: number): number {
  return Math.max(1, Math.min(defaultJobs(), Math.floor(inputs / INPUTS_PER_WORKER)));
}

function resolveJobs(jobs: number | undefined): number {
  let j = jobs;
  if (j === undefined && process.env.TONGBAO_JOBS) j = Number(process.env.TONGBAO_JOBS);
  if (j === undefined || !Number.isFinite(j)) return 1;
  if (j <= 0) return defaultJobs();
  return Math.floor(j);
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();

/**
 * A class, not an object with `Object.defineProperty` getters: with those closures a batch of
 * 2,000 notices ran 1.4 s slower (measured, --jobs 1), the same work reached through them.
 */
class Success implements BatchSuccess {
  readonly ok = true as const;
  readonly diagnostics: Diagnostic[];
  #doc: Notice | undefined;
  #json: string | undefined;
  #line: Uint8Array | undefined;
  #indented: { indent: number; text: Uint8Array } | undefined;
  constructor(
    readonly file: InputFile,
    from: { doc: Notice } | { line: Uint8Array; diagnostics: Diagnostic[]; indented?: { indent: number; text: Uint8Array } },
  ) {
    if ("doc" in from) {
      this.#doc = from.doc;
      this.diagnostics = from.doc.diagnostics;
    } else {
      this.#line = from.line;
      this.#indented = from.indented;
      this.diagnostics = from.diagnostics;
    }
  }
  indented(indent: number): string | Uint8Array {
    return this.#indented?.indent === indent ? this.#indented.text : JSON.stringify(this.doc, null, indent);
  }
  get doc(): Notice {
    return (this.#doc ??= JSON.parse(this.json) as Notice);
  }
  get json(): string {
    return (this.#json ??= this.#doc ? JSON.stringify(this.#doc) : utf8Decoder.decode(this.#line!.subarray(0, -1)));
  }
  get line(): Uint8Array {
    return (this.#line ??= utf8Encoder.encode(this.json + "\n"));
  }
}

const success = (file: InputFile, from: ConstructorParameters<typeof Success>[1]): BatchSuccess => new Success(file, from);

/** Parses one input on the calling thread. Never throws. */
export async function parseInput(file: InputFile, opts: BatchOptions = {}): Promise<BatchResult> {
  const r = await parseOne(file, { encoding: opts.encoding });
  return r.ok ? success(file, { doc: r.doc }) : r;
}

export async function* runBatch(files: InputFile[], opts: BatchOptions = {}): AsyncGenerator<BatchResult> {
  const jobs = Math.min(resolveJobs(opts.jobs), files.filter((f) => f.path !== "-").length);
  if (jobs <= 1) {
    for (let i = 0; i < files.length; i++) {
      opts.onDispatch?.(files[i], i);
      yield await parseInput(files[i], opts);
    }
    return;
  }
  yield* runPool(files, jobs, opts);
}

function workerScript(opts: BatchOptions): URL {
  if (opts.workerUrl) return opts.workerUrl;
  const here = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  // Running from the TypeScript sources (tests): use the compiled worker.
  return new URL("../../dist/batch/worker.js", import.meta.url);
}

/**
 * A worker's young generation. Parsing allocates many short-lived strings and spans; with the
 * default (small) young generation a worker spent a tenth of its time in scavenges. 48 MB cut a
 * worker's CPU time by 10–20% at the same peak RSS (measured on 600 generated notices).
 */
const YOUNG_GENERATION_MB = 48;

/**
 * Files queued on one worker. With two, a worker starts its next file the moment it posts a
 * result, instead of waiting for the main thread to wake, read the result and answer.
 */
const DEPTH = 2;

interface Slot {
  worker: Worker;
  /** Files handed to the worker, in the order it parses them; the first is the one it is on. */
  queue: number[];
  /** Last error the worker threw, reported with the file it held. */
  error: string | null;
  /** The worker has loaded the library (it says so first thing). */
  ready: boolean;
  closing: boolean;
}

async function* runPool(files: InputFile[], jobs: number, opts: BatchOptions): AsyncGenerator<BatchResult> {
  const window = Math.max(opts.window ?? Math.max(8, jobs * 4), jobs);
  const script = workerScript(opts);
  const done = new Map<number, BatchResult>(); // parsed, not yet yielded
  const slots: Slot[] = [];
  const retry: number[] = []; // files a dead worker had queued but not begun, to hand out again
  let next = 0; // next file to dispatch
  let emitted = 0; // next file to yield
  let wake: (() => void) | null = null;
  let closed = false;
  let noWorkers = false;

  const settle = (index: number, r: BatchResult) => {
    done.set(index, r);
    if (wake) {
      const w = wake;
      wake = null;
      w();
    }
  };

  const onMainThread = (index: number) => {
    parseInput(files[index], opts).then((r) => settle(index, r));
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }), queue: [], error: null, ready: false, closing: false };
    slot.worker.on("message", (m: WorkerReply | { ready: true }) => {
      if ("ready" in m) {
        slot.ready = true;
        return;
      }
      const file = files[m.index];
      const at = slot.queue.indexOf(m.index);
      if (at >= 0) slot.queue.splice(at, 1);
      if (!slot.queue.length) slot.worker.unref(); // an idle worker must not keep the process alive
      settle(m.index, m.ok ? success(file, { line: m.line, diagnostics: m.diagnostics as Diagnostic[], indented: m.indented }) : { file, ok: false, code: m.code, error: m.error });
      dispatch();
    });
    slot.worker.on("error", (e) => {
      slot.error = e?.stack ?? String(e);
    });
    slot.worker.on("exit", (code) => {
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      if (slot.closing || closed) return;
      const [current, ...waiting] = slot.queue;
      slot.queue = [];
      if (!slot.ready) {
        // The worker never started (its script failed to load): not the files' fault. Parse here.
        if (!noWorkers) process.emitWarning(`tongbao: worker thread failed to start (${slot.error?.split("\n")[0] ?? `exit code ${code}`}); parsing on the main thread`);
        noWorkers = true;
        if (current !== undefined) onMainThread(current);
      } else if (current !== undefined) {
        const why = slot.error ? slot.error.split("\n")[0] : `exit code ${code}`;
        settle(current, { file: files[current], ok: false, code: "worker-crashed", error: `worker thread died while parsing this file (${why})` });
      }
      // Files queued behind the one it died on were never begun: they go to another worker.
      retry.push(...waiting);
      retry.sort((a, b) => a - b);
      dispatch(); // replaces the worker if there is work left
    });
    slots.push(slot);
    return slot;
  };

  /** The worker to give the next file to: an idle one, else a new one, else the least loaded with room. */
  const pickSlot = (): Slot | null => {
    let best: Slot | null = null;
    for (const s of slots) if (!s.closing && s.queue.length < DEPTH && (!best || s.queue.length < best.queue.length)) best = s;
    if (best && best.queue.length === 0) return best;
    if (slots.length < jobs) return spawn();
    return best;
  };

  const dispatch = () => {
    while (!closed) {
      const fromRetry = retry.length > 0;
      if (!fromRetry && (next >= files.length || next - emitted >= window)) return;
      const index = fromRetry ? retry[0] : next;
      const file = files[index];
      let slot: Slot | null = null;
      if (file.path !== "-" && !noWorkers) {
        try {
          slot = pickSlot();
        } catch (e) {
          // Workers cannot start here at all (no thread support, bad worker script): parse on this thread.
          noWorkers = true;
          process.emitWarning(`tongbao: cannot start worker threads (${(e as Error).message}); parsing on the main thread`);
        }
        if (!slot && !noWorkers) return;
      }
      if (fromRetry) retry.shift();
      else {
        next++;
        opts.onDispatch?.(file, index);
      }
      if (!slot) {
        // stdin is read on this thread (a worker has no access to it), and so is everything when no worker can start.
        onMainThread(index);
        continue;
      }
      if (!slot.queue.length) slot.error = null;
      slot.queue.push(index);
      slot.worker.ref();
      const task: WorkerTask = { index, file, encoding: opts.encoding, indent: opts.indent };
      slot.worker.postMessage(task);
    }
  };

  try {
    dispatch();
    while (emitted < files.length) {
      const r = done.get(emitted);
      if (r === undefined) {
        await new Promise<void>((res) => (wake = res));
        continue;
      }
      done.delete(emitted);
      emitted++;
      dispatch();
      yield r;
    }
  } finally {
    closed = true;
    await Promise.all(
      slots.map((s) => {
        s.closing = true;
        return s.worker.terminate();
      }),
    );
  }
}
