#!/usr/bin/env node
// Thin entry: everything lives in the compiled library (npm install builds it into dist/).
import { main } from "../dist/cli/index.js";

main(process.argv).then((code) => {
  process.exitCode = code;
});
