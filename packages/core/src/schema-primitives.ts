import { z } from "zod";

/*
 * What every schema module of @mlops/core shares: zod in jitless mode and the field types used by
 * several documents. zod's JIT compiles a fast path (new Function) per object schema on its first
 * parse; a step parses a handful of small documents once each, so compiling costs more than it
 * saves. The setting is read when a schema is constructed, so it is made here, and every schema
 * module imports this one (after zod, before its own schemas). `z` itself is imported from zod in
 * each module, not re-exported from here: a re-exported namespace makes the bundler include all
 * of zod's exports in the chunk.
 */
z.config({ jitless: true });

export const finite = z.number().refine(Number.isFinite, { message: "expected a finite number" });
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "expected a lowercase hex sha256");
export const isoDate = z.string().datetime({ offset: true });
