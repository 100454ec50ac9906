import type { Language } from "@parcomms/core";
import { h } from "../dom/h";
import { setChildren } from "../dom/setChildren";
import { t } from "../i18n/t";
import type { DatasetId } from "../state/NotebookState";
import { section } from "../ui/section";
import { fileKind } from "./_lib/fileKind";
import { readingProgress } from "./_lib/readingProgress";
import { reviewQueueView } from "./_lib/reviewQueueView";
import { setAsideList } from "./_lib/setAsideList";
import type { Context, Section } from "./Context";

/** Every file the notebook reads: data, documents (read to text in the ingest worker) and scans. */
const ACCEPT = [
  ".json,.jsonl,.ndjson,.csv,.arrow,.parquet",
  ".txt,.docx,.doc,.odt,.rtf,.pdf",
  ".png,.jpg,.jpeg,.tif,.tiff",
  "application/json,text/csv,text/plain,application/pdf,image/png,image/jpeg,image/tiff",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword",
  "application/vnd.oasis.opendocument.text,application/rtf",
].join(",");

/** Problems listed per file; the rest are counted. */
const MAX_PER_FILE = 4;

const DATASETS: readonly { id: DatasetId; label: "data.real" | "data.synthetic3" | "data.synthetic2" }[] = [
  { id: "real", label: "data.real" },
  { id: "syn3", label: "data.synthetic3" },
  { id: "syn2", label: "data.synthetic2" },
];

/**
 * Section 1: which data is open (the real plans, a synthetic dataset of each
 * era, the user's files), with file picking and dropping, the files kept in the
 * browser, and any problem with them. A text says what kind of document it is
 * (a plan, a decision issuing one, a text about a plan with the plans it
 * names, another text). Many files at once are read one after the other in
 * the ingest worker, with a progress bar and a cancel button; the texts and
 * documents read are listed in the review queue.
 *
 * @example
 * dataSection("vi", context).element
 */
export function dataSection(language: Language, initial: Context): Section {
  const boxes = new Map<DatasetId, HTMLInputElement>();
  const status = new Map<DatasetId, HTMLElement>();
  const options = DATASETS.map(({ id, label }) => {
    const box = h("input", { type: "checkbox", id: `ds-${id}`, name: "dataset", value: id });
    box.checked = initial.state.datasets.includes(id);
    box.addEventListener("change", () => {
      const datasets = DATASETS.map((d) => d.id).filter((d) => boxes.get(d)?.checked);
      initial.set({ datasets });
    });
    boxes.set(id, box);
    const hint = h("span", { class: "hint", id: `ds-${id}-hint` });
    status.set(id, hint);
    box.setAttribute("aria-describedby", hint.id);
    const synthetic = id !== "real";
    return h(
      "div",
      { class: `dataset${synthetic ? " synthetic" : ""}` },
      box,
      h(
        "label",
        { for: box.id },
        t(language, label),
        synthetic ? h("span", { class: "badge synthetic" }, t(language, "data.syntheticBadge")) : null,
      ),
      hint,
    );
  });

  const picker = h("input", {
    type: "file",
    id: "file-input",
    multiple: true,
    accept: ACCEPT,
    class: "visually-hidden",
    tabindex: -1,
    "aria-hidden": "true",
  });
  const pickButton = h(
    "button",
    { type: "button", class: "button primary", onclick: () => picker.click() },
    t(language, "data.pick"),
  );
  picker.addEventListener("change", () => {
    const files = Array.from(picker.files ?? []);
    picker.value = "";
    if (files.length > 0) void initial.store.addFiles(files);
  });
  const drop = h(
    "div",
    { class: "dropzone", id: "dropzone" },
    picker,
    pickButton,
    h("span", { class: "hint" }, t(language, "data.drop")),
  );
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length > 0) void initial.store.addFiles(files);
  });

  const fileList = h("ul", { class: "files", "aria-label": t(language, "data.own") });
  const problems = h("div", { class: "problems", role: "alert", "aria-live": "assertive" });
  const banner = h("p", { class: "synthetic-banner", hidden: true }, t(language, "data.syntheticBanner"));
  const queue = reviewQueueView(language);
  const setAside = setAsideList(language);

  const controls = h(
    "div",
    {},
    h("fieldset", { class: "datasets" }, h("legend", {}, t(language, "data.source")), options),
    h("h3", { class: "sub" }, t(language, "data.own")),
    drop,
    readingProgress(language, initial.store),
    fileList,
    setAside.element,
    problems,
    queue.element,
  );

  const update = (context: Context) => {
    queue.update(context.store);
    setAside.update(context.store);
    for (const { id } of DATASETS) {
      const box = boxes.get(id);
      if (box) box.checked = context.state.datasets.includes(id);
      const hint = status.get(id);
      if (!hint) continue;
      if (id === "real") {
        hint.textContent = t(language, "data.realHint");
        continue;
      }
      const s = context.store.synthetic.get(id === "syn3" ? "three-tier" : "two-tier");
      if (!s || s.state === "off" || !context.state.datasets.includes(id))
        hint.textContent = t(language, "data.syntheticHint");
      else if (s.state === "generating")
        hint.replaceChildren(
          t(language, "data.generating", { done: s.done, total: s.total }),
          h("progress", { max: s.total || 1, value: s.done, "aria-hidden": "true" }),
        );
      else if (s.state === "ready")
        hint.textContent = t(language, "data.ready", { count: s.count, synthetic: s.count });
      else hint.textContent = s.message;
    }
    banner.hidden = !context.state.datasets.some((d) => d !== "real");
    setChildren(
      fileList,
      context.store.ownFiles.length === 0
        ? [h("li", { class: "empty" }, t(language, "data.noOwn"))]
        : context.store.ownFiles.map((file) =>
            h(
              "li",
              { "data-file": file.name },
              h("span", { class: "badge own" }, t(language, "data.ownBadge")),
              h("span", { class: "file-name" }, file.name),
              file.members.length > 1
                ? h("span", { class: "hint" }, t(language, "data.tableSet", { count: file.members.length }))
                : "",
              fileKind(file, language),
              file.drafts > 0
                ? h(
                    "span",
                    { class: "badge draft", title: t(language, "data.draftHint") },
                    t(language, "data.draftBadge"),
                  )
                : "",
              h("span", { class: "hint" }, t(language, "data.filePlans", { count: file.planIds.length })),
              h(
                "button",
                {
                  type: "button",
                  class: "button small",
                  "aria-label": t(language, "data.removeFile", { file: file.name }),
                  onclick: () => void context.store.removeFile(file.name),
                },
                t(language, "data.remove"),
              ),
            ),
          ),
    );
    setChildren(
      problems,
      context.store.problems.length === 0
        ? []
        : [
            h("h4", {}, t(language, "data.fileProblems")),
            h(
              "ul",
              {},
              [...new Set(context.store.problems.map((p) => p.file))].map((file) => {
                const all = context.store.problems.filter((p) => p.file === file);
                return h(
                  "li",
                  { "data-problem-file": file },
                  h("strong", {}, file),
                  h(
                    "ul",
                    {},
                    all
                      .slice(0, MAX_PER_FILE)
                      .map((p) =>
                        h(
                          "li",
                          {},
                          p.line !== undefined ? `${t(language, "data.line", { line: p.line })}: ` : "",
                          p.path ? h("code", {}, p.path) : "",
                          p.path ? " " : "",
                          p.message[language],
                        ),
                      ),
                    all.length > MAX_PER_FILE
                      ? h(
                          "li",
                          { class: "hint" },
                          t(language, "data.moreProblems", { count: all.length - MAX_PER_FILE }),
                        )
                      : "",
                  ),
                );
              }),
            ),
          ],
    );
  };

  const element = section("data", t(language, "data.title"), t(language, "data.intro"), controls, banner);
  return { element, update };
}
