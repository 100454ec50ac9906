import type { Language } from "@parcomms/core";
import type { DataStore } from "../../data/DataStore";
import { h } from "../../dom/h";
import { t } from "../../i18n/t";

/**
 * The progress of reading the files the user added: a bar (role
 * `progressbar`, files done of the total as `aria-valuenow`/`aria-valuemax`,
 * the text as `aria-valuetext`), the file being read with its document's own
 * progress (a PDF's pages, a scan's OCR), and a cancel button while it runs.
 * It follows the store's reading directly, without redrawing the sections.
 *
 * @param language - the interface language
 * @param store - the notebook's data
 * @returns the element
 * @example
 * readingProgress("vi", store) // <div class="reading" hidden>…</div>, shown when files are read
 */
export function readingProgress(language: Language, store: DataStore): HTMLElement {
  const bar = h("div", { class: "reading-bar" });
  const meter = h(
    "div",
    {
      class: "reading-meter",
      role: "progressbar",
      "aria-label": t(language, "data.readingLabel"),
      "aria-valuemin": 0,
    },
    bar,
  );
  const text = h("p", { class: "reading-text", "aria-live": "polite" });
  const cancel = h(
    "button",
    { type: "button", class: "button small", onclick: () => store.cancelReading() },
    t(language, "data.cancel"),
  );
  const element = h("div", { class: "reading", id: "reading", hidden: true }, meter, text, cancel);
  const draw = () => {
    const status = store.reading;
    shown ||= element.isConnected;
    if (!status) return;
    element.hidden = false;
    const { done, total, file, document } = status;
    const label =
      status.state === "reading"
        ? [
            t(language, "data.reading", { done: done + 1, total, file: file ?? "" }),
            document ? t(language, "data.readingStage", { ...document }) : "",
          ]
            .filter(Boolean)
            .join(" · ")
        : t(language, status.state === "done" ? "data.readDone" : "data.readCancelled", { done, total });
    // Within a file, its document's own progress moves the bar between files.
    const part = document && document.total > 0 ? document.done / document.total : 0;
    const value = status.state === "reading" ? done + part : done;
    meter.setAttribute("aria-valuemax", String(total));
    meter.setAttribute("aria-valuenow", String(Math.round(value * 100) / 100));
    meter.setAttribute("aria-valuetext", label);
    meter.dataset.state = status.state;
    bar.style.width = `${total > 0 ? (100 * value) / total : 100}%`;
    text.textContent = label;
    cancel.hidden = status.state !== "reading";
  };
  // The section is rebuilt when the language changes: the old one stops listening once it is gone.
  let shown = false;
  const stop = store.onReading(() => {
    if (shown && !element.isConnected) stop();
    else draw();
  });
  draw();
  return element;
}
