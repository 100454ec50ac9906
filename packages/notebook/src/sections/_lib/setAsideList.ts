import type { Language } from "@parcomms/core";
import type { DataStore } from "../../data/DataStore";
import { h } from "../../dom/h";
import { setChildren } from "../../dom/setChildren";
import { t } from "../../i18n/t";

/**
 * The user's kept files set aside when the page opened (their reading failed,
 * was stopped after its time limit, or was cut short by the page closing):
 * each with its message in the interface language and two buttons, retry and
 * remove. Hidden while there is none. Names and messages are text, never markup.
 *
 * @param language - the interface language
 * @returns the element, and `update` to draw the store's set-aside files
 * @example
 * const list = setAsideList("vi");
 * list.update(store); // <div class="set-aside" role="status">…<li data-set-aside="ke-hoach.txt">…</li></div>
 */
export function setAsideList(language: Language): {
  element: HTMLElement;
  update: (store: DataStore) => void;
} {
  const element = h("div", { class: "set-aside", role: "status", hidden: true });
  const update = (store: DataStore) => {
    const files = store.setAsideFiles;
    element.hidden = files.length === 0;
    setChildren(
      element,
      files.length === 0
        ? []
        : [
            h("h4", {}, t(language, "data.setAsideTitle")),
            h(
              "ul",
              {},
              files.map((file) =>
                h(
                  "li",
                  { "data-set-aside": file.name, "data-reason": file.setAside.reason },
                  h("span", { class: "badge" }, t(language, "data.setAsideBadge")),
                  " ",
                  h("strong", { class: "file-name" }, file.name),
                  h("p", { class: "set-aside-message" }, file.setAside.message[language]),
                  h(
                    "button",
                    {
                      type: "button",
                      class: "button small",
                      "data-action": "retry",
                      "aria-label": t(language, "data.retryFile", { file: file.name }),
                      onclick: () => void store.retryFile(file.name),
                    },
                    t(language, "data.retry"),
                  ),
                  " ",
                  h(
                    "button",
                    {
                      type: "button",
                      class: "button small",
                      "data-action": "remove",
                      "aria-label": t(language, "data.removeFile", { file: file.name }),
                      onclick: () => void store.removeFile(file.name),
                    },
                    t(language, "data.remove"),
                  ),
                ),
              ),
            ),
          ],
    );
  };
  return { element, update };
}
