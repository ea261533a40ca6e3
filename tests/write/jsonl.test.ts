import { describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { openJsonl, openJsonStream } from "../../src/write/json.js";
import { parsed } from "../../src/write/sink.js";
import { makeNotice } from "./helpers.js";

const file = (n: string) => ({ path: `${n}.txt`, outName: n });
const docs = ["a", "b", "c"].map((n, i) => makeNotice({ title: n }, String(i).repeat(64)));

/** A slow reader: takes one chunk at a time, acknowledging it when `release` is called. */
function slowReader() {
  const seen: string[] = [];
  const pending: Array<() => void> = [];
  const out = new Writable({
    highWaterMark: 1,
    write(chunk, _enc, cb) {
      seen.push(chunk.toString());
      pending.push(cb);
    },
  });
  return { out, seen, release: () => pending.shift()?.() };
}

describe("jsonl", () => {
  it("writes one compact document per line, in the order given", async () => {
    const chunks: string[] = [];
    const out = new Writable({ write: (c, _e, cb) => (chunks.push(c.toString()), cb()) });
    const sink = await openJsonl(out);
    for (const [i, d] of docs.entries()) await sink.write(parsed(d), file(String(i)));
    const lines = chunks.join("").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((l) => JSON.parse(l).title)).toEqual(["a", "b", "c"]);
    expect(lines.every((l) => !l.includes("\n"))).toBe(true);
  });

  it("streams: each document reaches the stream when written, before the next one and before close", async () => {
    const chunks: string[] = [];
    const out = new Writable({ write: (c, _e, cb) => (chunks.push(c.toString()), cb()) });
    const sink = await openJsonl(out);
    await sink.write(parsed(docs[0]), file("a"));
    expect(chunks).toHaveLength(1);
    expect(JSON.parse(chunks[0]).title).toBe("a");
    await sink.write(parsed(docs[1]), file("b"));
    expect(chunks).toHaveLength(2);
  });

  it("waits for a slow reader instead of buffering (backpressure)", async () => {
    const r = slowReader();
    const sink = await openJsonl(r.out);
    let done = false;
    const first = sink.write(parsed(docs[0]), file("a")).then(() => (done = true));
    await new Promise((res) => setTimeout(res, 20));
    expect(r.seen).toHaveLength(1);
    expect(done).toBe(false);
    r.release();
    await first;
    expect(done).toBe(true);
  });
});

describe("json to a stream", () => {
  it("writes a JSON array when asked, an empty one when nothing came", async () => {
    let s = "";
    const out = new Writable({ write: (c, _e, cb) => ((s += c.toString()), cb()) });
    const sink = openJsonStream(out, 2, true);
    await sink.write(parsed(docs[0]), file("a"));
    await sink.write(parsed(docs[1]), file("b"));
    await sink.close();
    expect((JSON.parse(s) as Array<{ title: string }>).map((d) => d.title)).toEqual(["a", "b"]);
    let e = "";
    const out2 = new Writable({ write: (c, _e, cb) => ((e += c.toString()), cb()) });
    const empty = openJsonStream(out2, 2, true);
    await empty.close();
    expect(JSON.parse(e)).toEqual([]);
  });
});
