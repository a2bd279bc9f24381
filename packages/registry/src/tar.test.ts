import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { errorOf } from "@mlops/testkit";
import type { ConfigurationError } from "@mlops/core";
import { readTarIndex, tarSize, tarStream, type TarMember } from "./tar.js";

async function writeArchive(dir: string, members: TarMember[]): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const c of tarStream(members)) chunks.push(c);
  const file = path.join(dir, "a.tar");
  await fs.writeFile(file, Buffer.concat(chunks));
  return file;
}

/** A one-member archive with a raw header: name and type as given (what a hostile archive holds). */
function rawArchive(name: string, type: string, content = "x"): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, "utf8");
  h.write("0000644\0", 100);
  h.write(content.length.toString(8).padStart(11, "0") + "\0", 124);
  h.write("        ", 148);
  h.write(type, 156);
  h.write("ustar\u000000", 257);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, "0") + "\0 ", 148);
  const body = Buffer.alloc(512);
  body.write(content);
  return Buffer.concat([h, body, Buffer.alloc(1024)]);
}

describe("tar", () => {
  it("round-trips long and non-ASCII paths, with the exact size announced up front", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-tar-"));
    const members: TarMember[] = [];
    for (const [i, rel] of ["a.bin", `${"x/".repeat(70)}long.bin`, "vocabulário.json", "empty"].entries()) {
      const source = path.join(dir, `src-${i}`);
      const content = rel === "empty" ? "" : `content of ${rel}`.repeat(i * 40 + 1);
      await fs.writeFile(source, content);
      members.push({ path: rel, bytes: Buffer.byteLength(content), source });
    }
    const file = await writeArchive(dir, members);
    expect((await fs.stat(file)).size).toBe(tarSize(members));
    const index = await readTarIndex(file, "test");
    expect([...index.keys()]).toEqual(members.map((m) => m.path));
    const data = await fs.readFile(file);
    for (const m of members) {
      const e = index.get(m.path)!;
      expect(data.subarray(e.offset, e.offset + e.bytes).toString()).toBe(
        await fs.readFile(m.source, "utf8"),
      );
    }
  });

  it("a file that changed since it was hashed is an integrity error", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-tar-"));
    const source = path.join(dir, "a");
    await fs.writeFile(source, "grown!");
    const error = await errorOf<ConfigurationError>(writeArchive(dir, [{ path: "a", bytes: 3, source }]));
    expect(error.code).toBe("integrity");
    expect(error.message).toContain("grew since it was hashed");
  });

  it.each([
    ["../escape", "0", /unsafe member path/],
    ["/etc/passwd", "0", /unsafe member path/],
    ["link", "2", /member type '2' .* is not a regular file/],
    ["dev", "3", /member type '3'/],
  ])("refuses a member %s of type %s", async (name, type, message) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-tar-"));
    const file = path.join(dir, "bad.tar");
    await fs.writeFile(file, rawArchive(name, type));
    const error = await errorOf<ConfigurationError>(readTarIndex(file, "m version 1"));
    expect(error.code).toBe("integrity");
    expect(error.message).toMatch(message);
  });

  it("refuses a truncated archive and a bad checksum", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-tar-"));
    const file = path.join(dir, "bad.tar");
    await fs.writeFile(file, rawArchive("a", "0").subarray(0, 700));
    expect((await errorOf<ConfigurationError>(readTarIndex(file, "t"))).message).toMatch(
      /runs past the end|ends at byte/,
    );
    const flipped = rawArchive("a", "0");
    flipped[0] = "b".charCodeAt(0);
    await fs.writeFile(file, flipped);
    expect((await errorOf<ConfigurationError>(readTarIndex(file, "t"))).message).toMatch(
      /bad header checksum/,
    );
  });
});
