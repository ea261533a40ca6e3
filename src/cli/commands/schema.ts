// `tongbao schema` — the JSON Schema of a parsed notice, exported by zod from the one schema.
import type { Command } from "commander";
import { noticeJsonSchema } from "../../schema/index.js";
import { EXIT_OK } from "../output.js";

export function registerSchema(program: Command, setExit: (code: number) => void): void {
  program
    .command("schema")
    .description("print the JSON Schema of a parsed notice (generated from the zod schema)")
    .action(() => {
      process.stdout.write(JSON.stringify(noticeJsonSchema(), null, 2) + "\n");
      setExit(EXIT_OK);
    });
}
