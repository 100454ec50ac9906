import type { Language } from "@parcomms/core";
import { pageFormat } from "@parcomms/ingest";
import { h } from "../dom/h";
import { t } from "../i18n/t";
import {
  type DocumentPage,
  type DocumentPages,
  type DocumentPagesOptions,
  documentPages,
} from "./documentPages";
import type { FieldPlace } from "./fieldPlace";

/** The page view of one document in its review, made by {@link pageViewer}. */
export interface PageViewer {
  /** The view: the page's image with its marks, the page buttons, where the chosen field is. */
  readonly element: HTMLElement;
  /** Brings a field's page into view and marks its lines on it (or the whole page when its lines have no positions). */
  show(place: FieldPlace, field: string): void;
  /** Lets go of the drawn pages and of the PDF. */
  close(): void;
}

let made = 0;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A document's pages beside its draft in the review (xem trang văn bản):
 * one page shown at a time (drawn by {@link documentPages} when it is
 * shown), with "previous" and "next" buttons and the keys ←/→, Page
 * Up/Page Down, Home/End on the focused page; each page image has alt text
 * naming its page, the page count and the file. A field chosen
 * ({@link PageViewer.show}) brings its page into view and marks its lines
 * where the page's text layer gives their positions (a PDF with text), else
 * the whole page (a scan), and says which in words. Gives undefined for a
 * file without pages (.txt, .docx, .odt, .doc), which the review shows as text.
 *
 * @param language - the interface language
 * @param file - the file's name, for the alt text and messages
 * @param bytes - the file's bytes
 * @param options - pdf.js's worker URL (and how pages are drawn, see {@link DocumentPagesOptions})
 * @returns the page view, or undefined for a file without pages
 * @example
 * const viewer = pageViewer("vi", "gia-tan.pdf", bytes, { pdfWorkerSrc });
 * viewer?.show({ page: 1, lines: [3] }, "Trích yếu (tên kế hoạch)");
 */
export function pageViewer(
  language: Language,
  file: string,
  bytes: Uint8Array,
  options: DocumentPagesOptions,
): PageViewer | undefined {
  if (!pageFormat(bytes)) return undefined;
  let pages: DocumentPages | undefined;
  let closed = false;
  let current = 0;
  let marked: { place: FieldPlace; field: string } | undefined;
  let drawing = 0;

  const id = `review-pages-${++made}`;
  const image = h("img", { class: "page-image", alt: "", decoding: "async" });
  const marks = h("div", { class: "page-marks", "aria-hidden": "true" });
  const sheet = h("div", { class: "page-sheet" }, image, marks);
  const frame = h(
    "div",
    {
      class: "page-frame",
      tabindex: 0,
      role: "group",
      "aria-label": t(language, "review.pages"),
      "aria-describedby": `${id}-keys`,
    },
    sheet,
  );
  const position = h("span", { class: "page-position", "aria-live": "polite" });
  const where = h("p", { class: "hint page-where", "aria-live": "polite" });
  const problem = h("p", { class: "review-problem", role: "alert", hidden: true });
  const button = (key: "review.pagePrevious" | "review.pageNext", step: number) =>
    h(
      "button",
      { type: "button", class: "button small", onclick: () => go(current + step) },
      t(language, key),
    );
  const previous = button("review.pagePrevious", -1);
  const next = button("review.pageNext", 1);
  const element = h(
    "div",
    { class: "review-pages", role: "region", "aria-label": t(language, "review.pages"), "data-page": 1 },
    h("p", { class: "page-bar" }, previous, " ", position, " ", next),
    h("p", { class: "hint visually-hidden", id: `${id}-keys` }, t(language, "review.pageKeys")),
    where,
    problem,
    frame,
  );

  frame.addEventListener("keydown", (event) => {
    const count = pages?.count ?? 1;
    const to: Record<string, number> = {
      ArrowLeft: current - 1,
      PageUp: current - 1,
      ArrowRight: current + 1,
      PageDown: current + 1,
      Home: 0,
      End: count - 1,
    };
    const target = to[event.key];
    if (target === undefined) return;
    event.preventDefault();
    go(target);
  });

  const drawMarks = (page: DocumentPage) => {
    marks.replaceChildren();
    sheet.classList.remove("marked");
    if (!marked || marked.place.page !== current + 1) return;
    const bands = marked.place.lines.flatMap((line) => {
      const band = page.bands[line - 1];
      return band ? [band] : [];
    });
    if (bands.length === 0) sheet.classList.add("marked");
    for (const band of bands) {
      const pad = 0.006;
      marks.append(
        h("div", {
          class: "line-mark",
          style: [
            `top:${((band.top - pad) * 100).toFixed(2)}%`,
            `height:${((band.bottom - band.top + 2 * pad) * 100).toFixed(2)}%`,
            `left:${((band.left - pad) * 100).toFixed(2)}%`,
            `width:${((band.right - band.left + 2 * pad) * 100).toFixed(2)}%`,
          ].join(";"),
        }),
      );
    }
    where.textContent = t(language, bands.length > 0 ? "review.fieldOnLines" : "review.fieldOnPage", {
      field: marked.field,
      page: marked.place.page,
      lines: marked.place.lines.join(", "),
    });
  };

  const draw = async () => {
    if (!pages || closed) return;
    const token = ++drawing;
    const count = pages.count;
    current = Math.min(current, count - 1);
    const n = current + 1;
    element.dataset.page = String(n);
    element.dataset.count = String(count);
    position.textContent = t(language, "review.pagePosition", { page: n, count });
    previous.disabled = current === 0;
    next.disabled = current >= count - 1;
    image.alt = t(language, "review.pageDrawing", { page: n });
    try {
      const page = await pages.page(current);
      if (token !== drawing || closed) return;
      problem.hidden = true;
      image.width = page.width;
      image.height = page.height;
      image.src = page.url;
      image.alt = t(language, "review.pageAlt", { page: n, count, file });
      drawMarks(page);
    } catch (error) {
      if (token !== drawing) return;
      problem.hidden = false;
      problem.textContent = t(language, "review.pageFailed", { page: n, file, reason: reason(error) });
    }
  };

  const go = (index: number) => {
    const count = pages?.count ?? 1;
    const target = Math.min(count - 1, Math.max(0, index));
    if (target === current && image.getAttribute("src")) return;
    current = target;
    void draw();
  };

  documentPages(bytes, options).then(
    (opened) => {
      if (closed) return opened?.close();
      pages = opened;
      void draw();
    },
    (error: unknown) => {
      problem.hidden = false;
      problem.textContent = t(language, "review.pagesFailed", { file, reason: reason(error) });
      frame.hidden = true;
    },
  );

  return {
    element,
    show(place, field) {
      marked = { place, field };
      current = Math.max(0, place.page - 1);
      if (pages) current = Math.min(pages.count - 1, current);
      void draw();
    },
    close() {
      closed = true;
      pages?.close();
    },
  };
}
