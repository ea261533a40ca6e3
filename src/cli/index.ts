// The command line: a thin layer that turns flags into library calls. One file per command
// under ./commands, registered here. Exit codes: 0 all inputs parsed (or no findings),
// 1 some input failed (or a finding counts), 2 usage error.
import { Command, CommanderError } from "commander";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./output.js";
import { registerParse } from "./commands/parse.js";
import { registerSchema } from "./commands/schema.js";
import { registerReport } from "./commands/report.js";
import { registerValidate } from "./commands/validate.js";

export { EXIT_OK, EXIT_FAILED, EXIT_USAGE } from "./output.js";

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command("tongbao")
    .description("Turn Chinese inspection-rectification notices (巡察整改情况通报) into validated JSON, JSONL, CSV and XLSX")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerParse(program, setExit);
  registerSchema(program, setExit);
  registerReport(program, setExit);
  registerValidate(program, setExit);
  // Sub-commands inherit exitOverride so that usage errors reach main() as exit code 2.
  for (const c of program.commands) c.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    process.stderr.write(`tongbao: internal error: ${(e as Error).stack ?? e}\n`);
    return EXIT_FAILED;
  }
  return code;
}
