import type { Language, Plan } from "@parcomms/core";
import { REVIEW_FIELDS } from "@parcomms/ingest";
import { sourceLines } from "../../_lib/sourceLines";
import type { DataStore } from "../../data/DataStore";
import { entryOfPlan } from "../../data/entryOfPlan";
import { h } from "../../dom/h";
import { t } from "../../i18n/t";
import { fieldPlace } from "../../review/fieldPlace";
import type { PlanReview } from "../../review/PlanReview";
import type { PageViewer } from "../../review/pageViewer";
import type { QueueRow } from "../../review/QueueRow";

type FieldPath = (typeof REVIEW_FIELDS)[number];

/** A field's value as a person reads and types it. */
function fieldValue(plan: Plan, path: FieldPath): string {
  switch (path) {
    case "/title":
      return plan.title ?? "";
    case "/unit":
      return plan.unit ? entryOfPlan(plan, "own").unit : "";
    case "/period":
      return !plan.period
        ? ""
        : plan.period.start === plan.period.end
          ? plan.period.start
          : `${plan.period.start}-${plan.period.end}`;
    case "/number":
      return [typeof plan.number === "string" ? plan.number : "", plan.symbol ?? ""]
        .filter(Boolean)
        .join("/");
    case "/issueDate": {
      const d = plan.issueDate;
      if (!d) return "";
      const two = (n: number | undefined) => (n === undefined ? "" : String(n).padStart(2, "0"));
      return d.day !== undefined ? `${two(d.day)}/${two(d.month)}/${d.year}` : (d.raw ?? String(d.year));
    }
    case "/issuer":
      return plan.issuer?.wording ?? "";
  }
}

/**
 * One file's review: the draft's header fields (title, unit, year, number,
 * issue date, issuer), each with its value, why it needs checking, and
 * buttons to accept it or save a correction (checked as core checks it),
 * beside the text read, with line numbers, page marks and the field's source
 * line highlighted; for a document with pages (PDF, scan), beside its pages
 * ({@link PageViewer}: choosing a field brings its page into view and marks
 * its lines), the text read folded below them. "Accept all" accepts every
 * field not yet decided.
 *
 * @param language - the interface language
 * @param store - the notebook's data
 * @param row - the file's row in the queue
 * @param onClose - closes the review
 * @param pages - the document's page view, kept by the queue across redraws; none for a file without pages
 * @returns the element
 * @example
 * reviewDetail("vi", store, row, () => close(), viewer)
 */
export function reviewDetail(
  language: Language,
  store: DataStore,
  row: QueueRow,
  onClose: () => void,
  pages?: PageViewer,
): HTMLElement {
  const reading = store.ownReading(row.file);
  const draft = reading?.drafts[0];
  const extraction = draft?.extraction ?? reading?.result.documents[0]?.extraction;
  const text = draft?.text ?? reading?.result.documents[0]?.text ?? "";
  const origins = (draft ?? reading?.result.documents[0])?.source.origins;
  const headingId = `review-detail-title`;
  const close = h(
    "button",
    { type: "button", class: "button small", onclick: onClose },
    t(language, "review.close"),
  );

  // The text read: numbered lines, a mark where a page begins.
  const lines = sourceLines(text);
  let page: number | undefined;
  const pre = h("pre", {
    class: "source review-text",
    tabindex: 0,
    "aria-label": t(language, "review.text"),
  });
  for (const [i, line] of lines.entries()) {
    const origin = origins?.[i];
    if (origin && origin.page !== page) {
      page = origin.page;
      pre.append(
        h("span", { class: "page-mark", "data-page": page }, t(language, "review.page", { page }), "\n"),
      );
    }
    pre.append(
      h(
        "span",
        { class: "line", "data-line": i + 1 },
        h("span", { class: "ln", "aria-hidden": "true" }, String(i + 1)),
        line,
        "\n",
      ),
    );
  }
  const highlight = (start: number, end: number, field?: string) => {
    const place = fieldPlace(origins, { start, end });
    if (pages && place) pages.show(place, field ?? t(language, "review.lineOf", { line: start }));
    for (const e of Array.from(pre.querySelectorAll(".hl"))) e.classList.remove("hl");
    for (let n = start; n <= end; n++) pre.querySelector(`[data-line="${n}"]`)?.classList.add("hl");
    const first = pre.querySelector<HTMLElement>(`[data-line="${start}"]`);
    if (first) pre.scrollTop = first.offsetTop - pre.clientHeight / 3;
  };

  const body: HTMLElement[] = [];
  if (!draft) {
    body.push(
      h("p", { class: "hint" }, t(language, "review.noPlan", { codes: row.issueCodes.join(", ") || "—" })),
    );
  } else {
    const plan = store.ownPlan(draft.plan.id) ?? draft.plan;
    const review: PlanReview = store.ownReview(row.file) ?? { accepted: [], corrected: {} };
    const problems = store.ownRefused(row.file);
    const save = (next: PlanReview) => store.reviewFile(row.file, next);
    const decide = (path: FieldPath, corrected?: string) => {
      const rest = Object.fromEntries(Object.entries(review.corrected).filter(([p]) => p !== path));
      return corrected === undefined
        ? { accepted: [...new Set([...review.accepted, path])], corrected: rest }
        : { accepted: review.accepted.filter((p) => p !== path), corrected: { ...rest, [path]: corrected } };
    };
    const fields = REVIEW_FIELDS.map((path) => {
      const id = `review-field-${path.slice(1)}`;
      const label = t(language, `review.field.${path}`);
      const check = row.fieldsToCheck.find((f) => f.path === path);
      const state =
        review.corrected[path] !== undefined
          ? "corrected"
          : review.accepted.includes(path)
            ? "accepted"
            : undefined;
      const input = h("input", {
        type: "text",
        id,
        name: path,
        value: fieldValue(plan, path),
        "aria-describedby": `${id}-note`,
      });
      const problem = problems.find((p) => p.path === path);
      const element = extraction?.elements.find((e) => e.path === path);
      const note = [
        check?.reason === "missing" ? t(language, "review.missing") : "",
        check?.reason === "unsure"
          ? t(language, "review.unsure", { confidence: `${Math.round((check.confidence ?? 0) * 100)}%` })
          : "",
        element ? t(language, "review.lineOf", { line: element.lines.start }) : "",
        state ? t(language, `review.state.${state}`) : "",
      ].filter(Boolean);
      const form = h(
        "form",
        { class: `review-field${state ? ` ${state}` : ""}`, "data-path": path },
        h("label", { for: id }, label),
        input,
        h("span", { class: "hint", id: `${id}-note` }, note.join(" · ")),
        h(
          "span",
          { class: "review-actions" },
          h(
            "button",
            {
              type: "button",
              class: "button small",
              "aria-label": t(language, "review.acceptField", { field: label }),
              onclick: () => void save(decide(path)),
            },
            t(language, "review.accept"),
          ),
          h(
            "button",
            {
              type: "submit",
              class: "button small primary",
              "aria-label": t(language, "review.correctField", { field: label }),
            },
            t(language, "review.correct"),
          ),
          element
            ? h(
                "button",
                {
                  type: "button",
                  class: "link",
                  onclick: () => highlight(element.lines.start, element.lines.end, label),
                },
                t(language, "review.showLine"),
              )
            : "",
        ),
        problem ? h("p", { class: "review-problem", role: "alert" }, problem.message[language]) : "",
      );
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        void save(decide(path, input.value));
      });
      input.addEventListener("focus", () => {
        if (element) highlight(element.lines.start, element.lines.end, label);
      });
      return form;
    });
    const acceptAll = h(
      "button",
      {
        type: "button",
        class: "button",
        onclick: () => {
          const undecided = REVIEW_FIELDS.filter((p) => review.corrected[p] === undefined);
          void save({
            accepted: [...new Set([...review.accepted, ...undecided])],
            corrected: review.corrected,
          });
        },
      },
      t(language, "review.acceptAll"),
    );
    body.push(
      h(
        "div",
        { class: "review-fields", role: "group", "aria-label": t(language, "review.fields") },
        fields,
        acceptAll,
      ),
    );
    const first = row.fieldsToCheck.find((f) => f.line !== undefined);
    if (first?.line !== undefined)
      queueMicrotask(() =>
        highlight(
          first.line as number,
          first.line as number,
          t(language, `review.field.${first.path}` as "review.field./title"),
        ),
      );
  }
  return h(
    "div",
    { class: "review-detail", role: "region", "aria-labelledby": headingId, "data-file": row.file },
    h("h4", { id: headingId }, t(language, "review.detail", { file: row.file }), " ", close),
    h(
      "div",
      { class: "review-grid" },
      h("div", {}, body),
      pages
        ? h(
            "div",
            {},
            pages.element,
            h("details", { class: "review-text-read" }, h("summary", {}, t(language, "review.text")), pre),
          )
        : h("div", {}, h("p", { class: "hint" }, t(language, "review.text")), pre),
    ),
  );
}
