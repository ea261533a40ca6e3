// Expands the command line's INPUT arguments into files: a file, a folder (every notice below
// it: *.txt, and web pages saved as *.htm / *.html), a glob, or `-` for stdin. Missing paths are reported per input, never silently dropped.
import { stat } from "node:fs/promises";
import path from "node:path";

// fast-glob is loaded when a folder or a pattern is given: a run on named files starts faster without it.
const glob = async () => (await import("fast-glob")).default;

export interface InputFile {
  /** Path as read (or `-` for stdin). */
  path: string;
  /** Output name relative to an --out folder, without extension (keeps sub-folders of a folder input). */
  outName: string;
}

export interface InputProblem {
  path: string;
  message: string;
}

export async function expandInputs(args: string[]): Promise<{ files: InputFile[]; problems: InputProblem[] }> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  for (const arg of args) {
    if (arg === "-") {
      files.push({ path: "-", outName: "stdin" });
      continue;
    }
    let st: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      st = await stat(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") {
        problems.push({ path: arg, message: code === "EACCES" ? "permission denied" : (e as Error).message });
        continue;
      }
    }
    if (st?.isDirectory()) {
      const fg = await glob();
      const found = (await fg(FOLDER_NOTICES, { cwd: arg, onlyFiles: true, dot: false, caseSensitiveMatch: false, followSymbolicLinks: true })).sort(byPath);
      if (!found.length) problems.push({ path: arg, message: "folder holds no notices (*.txt, *.htm, *.html)" });
      for (const rel of found) files.push({ path: path.join(arg, rel), outName: stripExt(rel) });
    } else if (st) {
      files.push({ path: arg, outName: stripExt(path.basename(arg)) });
    } else if ((await glob()).isDynamicPattern(arg)) {
      const fg = await glob();
      const found = (await fg(arg, { onlyFiles: true, dot: false })).sort(byPath);
      if (!found.length) problems.push({ path: arg, message: "pattern matches no files" });
      // Named below the pattern's fixed folder, as a folder input's files are: corpus/**/*.txt
      // gives a/notice and b/notice, not two outputs called notice.
      const base = patternBase(fg.generateTasks([arg]).map((t) => t.base));
      for (const f of found) files.push({ path: f, outName: stripExt(path.relative(base, f).split(path.sep).join("/")) });
    } else {
      problems.push({ path: arg, message: "no such file or folder" });
    }
  }
  return { files, problems };
}

/**
 * The folder a glob's matches all lie below: fast-glob's own base of the pattern (its leading
 * segments that hold no pattern), or the folder common to the bases a brace expansion gives.
 */
export function patternBase(bases: string[]): string {
  if (bases.length === 0) return ".";
  let common = bases[0].split("/");
  for (const b of bases.slice(1)) {
    const parts = b.split("/");
    let k = 0;
    while (k < common.length && k < parts.length && common[k] === parts[k]) k++;
    common = common.slice(0, k);
  }
  return common.length === 0 ? "." : common.join("/") || "/";
}

/** A folder's notices: text files, and scraped pages saved as they were (tags are stripped in normalize). */
export const FOLDER_NOTICES = "**/*.{txt,htm,html}";

const stripExt = (p: string) => p.replace(/\.[^./\\]+$/, "");
// Byte order of code units: stable across machines and locales.
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
