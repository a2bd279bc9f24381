#!/usr/bin/env node
import nodeModule from "node:module";
import { runCli } from "./cli.js";

// V8's compiled code for the bundle's chunks, kept between runs (Node's compile cache, in
// NODE_COMPILE_CACHE or the OS temp directory; NODE_DISABLE_COMPILE_CACHE=1 turns it off): a
// laptop runs `mlops` again and again, and each run would otherwise parse the same megabytes.
nodeModule.enableCompileCache?.();

await runCli(process.argv);
