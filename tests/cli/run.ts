// Runs the built CLI (`node bin/tongbao.js`, from dist/: build first with `npx tsc -p tsconfig.json`).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  out: Buffer;
}

if (!existsSync("dist/cli/commands/validate.js")) throw new Error("dist/ is not built: run `npx tsc -p tsconfig.json` first");

export function tongbao(args: string[], opts: { env?: Record<string, string | undefined>; input?: string | Buffer; cwd?: string } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, CI: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [`${process.cwd()}/bin/tongbao.js`, ...args], { env: env as NodeJS.ProcessEnv, input: opts.input, cwd: opts.cwd, maxBuffer: 64 << 20 });
  return { code: r.status ?? -1, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8"), out: r.stdout };
}
