import type { CoverageGaps } from "@parcomms/analytics";
import type { Language } from "@parcomms/core";
import { h } from "../dom/h";
import { t } from "../i18n/t";

/**
 * The peer gaps of each unit as a list under the scorecard: the codes most
 * comparable units cover and this one does not, with the share of peers.
 *
 * @example
 * peerGapList("vi", coverageGaps(plans, { peers }), peers.length)
 */
export function peerGapList(language: Language, gaps: CoverageGaps, peerCount: number): HTMLElement {
  return h(
    "div",
    { class: "peer-gaps" },
    h("h3", {}, t(language, "scorecard.peerGaps")),
    h("p", { class: "hint" }, t(language, "scorecard.peersFrom", { count: peerCount })),
    h(
      "ul",
      {},
      gaps.units.map((unit) =>
        h(
          "li",
          { "data-plan": unit.planId },
          h("strong", {}, unit.unitName),
          ": ",
          unit.peer.length === 0
            ? t(language, "scorecard.noPeerGaps")
            : unit.peer
                .map((g) =>
                  t(language, "scorecard.peerShare", {
                    label: g.label[language],
                    share: Math.round(g.peerShare * 100),
                    peers: g.peers,
                  }),
                )
                .join("; "),
        ),
      ),
    ),
  );
}
