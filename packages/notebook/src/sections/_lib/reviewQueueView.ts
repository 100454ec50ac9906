import type { Language } from "@parcomms/core";
import { pageFormat } from "@parcomms/ingest";
import type { DataStore } from "../../data/DataStore";
import { h } from "../../dom/h";
import { t } from "../../i18n/t";
import type { PageViewer } from "../../review/pageViewer";
import type { QueueRow } from "../../review/QueueRow";
import { documentAssets } from "../../worker/documentAssets";

/**
 * The review queue (hàng chờ rà soát) of the user's texts and documents: a
 * table, one row a file (kind, unit, year, number, confidence, issues, the
 * fields to check, status), sortable by confidence, filtered to the files
 * that need review, each row opening its review (`reviewDetail`, loaded then) below,
 * a document's pages beside it (one page view a file opened, kept while it
 * stays open).
 *
 * @param language - the interface language
 * @returns the element, and how to redraw it from the store
 * @example
 * const queue = reviewQueueView("vi");
 * queue.update(store); // after every change of data
 */
export function reviewQueueView(language: Language): {
  element: HTMLElement;
  update: (store: DataStore) => void;
} {
  let sort: "ascending" | "descending" | undefined;
  let needsReview = false;
  let open: string | undefined;
  let store: DataStore | undefined;
  let detailKey: unknown[] = [];
  // The open file's page view, made once for its bytes and kept across redraws of its review. Its code
  // (and pdf.js, utif2) is loaded the first time a document with pages is opened; the review redraws then.
  let viewer: { file: string; bytes: Uint8Array | undefined; view: PageViewer | undefined } | undefined;
  let makeViewer: typeof import("../../review/pageViewer").pageViewer | undefined;
  let loading = false;
  // The review of one document (its fields, corrections and pages) is loaded the first time one is
  // opened: a first view without documents never pays for it.
  let makeDetail: typeof import("./reviewDetail").reviewDetail | undefined;
  let loadingDetail = false;
  const viewerFor = (file: string, bytes: Uint8Array | undefined) => {
    if (viewer?.file === file && viewer.bytes === bytes) return viewer.view;
    if (bytes && pageFormat(bytes) && !makeViewer) {
      if (!loading) {
        loading = true;
        import("../../review/pageViewer").then(
          (module) => {
            makeViewer = module.pageViewer;
            detailKey = [];
            draw();
          },
          // Its code could not be loaded: the review keeps the text view.
          () => {},
        );
      }
      return undefined;
    }
    viewer?.view?.close();
    const view =
      bytes && makeViewer
        ? makeViewer(language, file, bytes, { pdfWorkerSrc: documentAssets(document.baseURI).pdfWorkerSrc })
        : undefined;
    viewer = { file, bytes, view };
    return view;
  };

  const filter = h("input", { type: "checkbox", id: "review-needs" });
  filter.addEventListener("change", () => {
    needsReview = filter.checked;
    draw();
  });
  const table = h("div", { class: "review-table" });
  const detail = h("div", { class: "review-detail-slot" });
  const element = h(
    "div",
    { class: "review", id: "review" },
    h("h3", { class: "sub", id: "review-title" }, t(language, "review.title")),
    h("p", { class: "hint" }, t(language, "review.intro")),
    h("p", {}, filter, " ", h("label", { for: filter.id }, t(language, "review.needsReview"))),
    table,
    detail,
  );

  const cell = (value: string | number | undefined) => h("td", {}, value === undefined ? "—" : String(value));
  const row = (r: QueueRow) => {
    const confidence = r.confidence === undefined ? undefined : `${Math.round(r.confidence * 100)}%`;
    const fields = r.fieldsToCheck.map((f) => t(language, `review.field.${f.path}` as "review.field./title"));
    return h(
      "tr",
      { "data-file": r.file, "data-status": r.status, class: r.file === open ? "open" : "" },
      h("th", { scope: "row" }, r.file),
      h(
        "td",
        {},
        r.documentKind
          ? h(
              "span",
              { class: "badge kind", "data-kind": r.documentKind },
              t(language, `data.kind.${r.documentKind}`),
            )
          : "—",
      ),
      cell(r.unit),
      cell(r.year),
      cell(r.number),
      h("td", { class: "num", "data-confidence": r.confidence ?? "" }, confidence ?? "—"),
      h("td", { class: "num" }, String(r.errors + r.warnings)),
      h("td", { class: "fields" }, fields.length === 0 ? "—" : fields.join("; ")),
      h(
        "td",
        {},
        h(
          "span",
          { class: `status ${r.status}` },
          t(language, `review.status.${r.status}`, { decided: r.decided }),
        ),
      ),
      h(
        "td",
        {},
        h(
          "button",
          {
            type: "button",
            class: "button small",
            "aria-label": t(language, "review.open", { file: r.file }),
            "aria-expanded": r.file === open ? "true" : "false",
            onclick: () => {
              open = open === r.file ? undefined : r.file;
              detailKey = [];
              draw();
            },
          },
          t(language, "review.openShort"),
        ),
      ),
    );
  };

  const draw = () => {
    if (!store) return;
    const all = store.queue();
    element.hidden = all.length === 0;
    const rows = store.queue({ ...(sort ? { sort } : {}), needsReview });
    const sortButton = h(
      "button",
      {
        type: "button",
        class: "link sort",
        "aria-label": t(language, sort === "ascending" ? "review.sortDescending" : "review.sortAscending"),
        onclick: () => {
          sort = sort === "ascending" ? "descending" : "ascending";
          draw();
        },
      },
      t(language, "review.col.confidence"),
      sort === "ascending" ? " ▲" : sort === "descending" ? " ▼" : " ↕",
    );
    const head = (key: Parameters<typeof t>[1]) => h("th", { scope: "col" }, t(language, key));
    table.replaceChildren(
      h(
        "table",
        { class: "data review-queue" },
        h("caption", {}, t(language, "review.caption", { count: rows.length })),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            head("review.col.file"),
            head("review.col.kind"),
            head("review.col.unit"),
            head("review.col.year"),
            head("review.col.number"),
            h("th", { scope: "col", "aria-sort": sort === undefined ? "none" : sort }, sortButton),
            head("review.col.issues"),
            head("review.col.fields"),
            head("review.col.status"),
            h(
              "th",
              { scope: "col" },
              h("span", { class: "visually-hidden" }, t(language, "review.openShort")),
            ),
          ),
        ),
        h("tbody", {}, rows.map(row)),
      ),
    );
    const current = open === undefined ? undefined : all.find((r) => r.file === open);
    if (!current) {
      open = undefined;
      viewer?.view?.close();
      viewer = undefined;
      detail.replaceChildren();
      detailKey = [];
      return;
    }
    // Redraw the open review only when its plan or review changed, so typing is never lost.
    const plan = store.ownReading(current.file)?.drafts[0]?.plan;
    const bytes = store.ownBytes(current.file);
    const key = [
      current.file,
      bytes,
      plan && store.ownPlan(plan.id),
      store.ownReview(current.file),
      store.ownRefused(current.file),
    ];
    if (key.length === detailKey.length && key.every((k, i) => k === detailKey[i])) return;
    if (!makeDetail) {
      if (!loadingDetail) {
        loadingDetail = true;
        import("./reviewDetail").then(
          (module) => {
            makeDetail = module.reviewDetail;
            draw();
          },
          // Its code could not be loaded: the next draw tries again.
          () => {
            loadingDetail = false;
          },
        );
      }
      return;
    }
    detailKey = key;
    detail.replaceChildren(
      makeDetail(
        language,
        store,
        current,
        () => {
          open = undefined;
          draw();
          element.querySelector<HTMLElement>(`tr[data-file="${CSS.escape(current.file)}"] button`)?.focus();
        },
        viewerFor(current.file, bytes),
      ),
    );
  };

  const update = (next: DataStore) => {
    store = next;
    draw();
  };
  return { element, update };
}
