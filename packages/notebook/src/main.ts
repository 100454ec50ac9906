import "./styles.css";
import type { Era } from "@parcomms/core";
import { syntheticWorker } from "./worker/syntheticWorker";

// A link that opens a synthetic dataset starts generating it now, while the
// notebook's code loads; the chosen units' provinces come first.
const params = new URLSearchParams(location.hash.slice(1));
const data = (params.get("data") ?? "").split(",");
const first = (params.get("units") ?? "").split(",").filter((id) => id !== "");
const eras: [string, Era][] = [
  ["syn3", "three-tier"],
  ["syn2", "two-tier"],
];
for (const [id, era] of eras) if (data.includes(id)) syntheticWorker.post({ type: "generate", era, first });

// The real plans (the default view) load alongside the notebook's code, not after it.
if (!params.has("data") || data.includes("real")) void import("./lazy/realPlans");

const root = document.getElementById("app");
const { Notebook } = await import("./App");
if (root) void new Notebook(root).start();
