import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const req = createRequire(import.meta.url);
const api = pathToFileURL(req.resolve("tsx/esm/api").replace(/index\.cjs$/, "index.mjs")).href;
console.log(api);
const t = Date.now();
const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify("file:///work/wt-cli/packages/cli/src/_w.ts")}); }).catch((e) => { throw e; });`;
const w = new Worker(code, { eval: true, execArgv: ["--conditions=@parcomms/source"] });
w.on("message", (m) => {
  console.log(m, Date.now() - t);
  w.terminate();
});
w.on("error", (e) => console.log("err", e));
