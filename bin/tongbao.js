#!/usr/bin/env node
// Thin entry: everything lives in the compiled library (npm install builds it into dist/).
//
// A smaller inlining budget for V8's optimising compiler, set before the library loads. Every
// isolate (the main thread, each worker) compiles the parser's large functions anew, on V8's
// background threads; with a budget of 150 they compile in about a third less CPU, and the
// compiled code ran as fast in the steady state. That matters most with --jobs 2 on two cores,
// where the compiler threads compete with the workers (bench/RESULTS-scale.md, fourth round).
// The library itself sets no V8 flag: this is the CLI's choice for its own process.
import v8 from "node:v8";

v8.setFlagsFromString("--max-inlined-bytecode-size-cumulative=150");
const { main } = await import("../dist/cli/index.js");

main(process.argv).then((code) => {
  process.exitCode = code;
});
