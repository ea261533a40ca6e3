// A batch worker thread: reads and parses the files the pool hands it, one at a time, and
// answers with the document already serialized (UTF-8 JSON, its buffer transferred), so that the
// main thread pays for no structured clone, JSON.stringify or UTF-8 encoding. Diagnostics travel
// alongside, since consumers read them for every file.
import { parentPort } from "node:worker_threads";
import { handleTask, transferList, type WorkerTask } from "./one.js";

const port = parentPort;
if (port) {
  // First thing: the library has loaded. A worker that dies before this failed to start.
  port.postMessage({ ready: true });
  port.on("message", (task: WorkerTask) => {
    handleTask(task).then(
      (reply) => port.postMessage(reply, transferList(reply)),
      // handleTask() never throws; this is a last resort so that the file is never lost.
      (e) => port.postMessage({ index: task.index, ok: false, code: "internal", error: `internal error: ${(e as Error)?.stack ?? e}` }),
    );
  });
}
