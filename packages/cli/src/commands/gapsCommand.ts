import { type CoverageGaps, coverageGaps } from "@parcomms/analytics";
import { formatMessage, type Language, type LocalizedText, vocabulary } from "@parcomms/core";
import type { Command } from "../_lib/Command";
import { cliText } from "../_lib/cliText";
import { lowerFirst } from "../_lib/lowerFirst";
import { gapsMessages } from "../_lib/messages/gapsMessages";
import { choiceOf, parseCommandArgs } from "../_lib/parseCommandArgs";
import { readInputPlans } from "../_lib/readInputPlans";
import { splitPeers } from "../_lib/splitPeers";
import type { TextTable } from "../_lib/TextTable";
import { UsageError } from "../_lib/UsageError";
import { TABLE_FORMATS, writeTable } from "../_lib/writeTable";

const LABELS = {
  unit: vocabulary.words.unit.one,
  kind: cliText(gapsMessages, "cli.gaps.column.kind", {}),
  code: cliText(gapsMessages, "cli.gaps.column.code", {}),
  label: cliText(gapsMessages, "cli.gaps.column.label", {}),
  peerShare: cliText(gapsMessages, "cli.gaps.column.peer-share", {}),
} as const satisfies Record<string, LocalizedText>;

const KIND_WORDS = {
  theme: lowerFirst(vocabulary.words.theme.one),
  channel: lowerFirst(vocabulary.words.channel.one),
} as const satisfies Record<string, LocalizedText>;

/**
 * One row per unit and code it does not cover (the absolute gaps), with the
 * share of peers covering it when it is a peer gap; peer gaps first.
 */
function gapTable(gaps: CoverageGaps, language: Language): TextTable {
  const rows = gaps.units.flatMap((u) => {
    const share = new Map(u.peer.map((g) => [`${g.kind}:${g.code}`, g.peerShare]));
    const entries = (["theme", "channel"] as const).flatMap((kind) => {
      const codes = kind === "theme" ? u.absolute.themes : u.absolute.channels;
      const list = kind === "theme" ? gaps.codelist.themes : gaps.codelist.channels;
      return codes.map((code, order) => ({
        unit: u.unitName,
        kind: KIND_WORDS[kind][language],
        code,
        label: list.find((c) => c.code === code)?.label[language] ?? code,
        peerShare: share.has(`${kind}:${code}`)
          ? Math.round((share.get(`${kind}:${code}`) ?? 0) * 100)
          : null,
        order: (kind === "theme" ? 0 : 1000) + order,
      }));
    });
    entries.sort((a, b) => (b.peerShare ?? -1) - (a.peerShare ?? -1) || a.order - b.order);
    return entries.map(({ order: _order, ...row }) => row);
  });
  return {
    columns: (Object.keys(LABELS) as (keyof typeof LABELS)[]).map((key) => ({
      key,
      label: LABELS[key][language],
    })),
    rows,
  };
}

/** `parcomms gaps`: `coverageGaps` per plan, against the codelists and against peers. */
export const gapsCommand: Command = {
  name: "gaps",
  summary: cliText(gapsMessages, "cli.gaps.summary", {}),
  help: cliText(gapsMessages, "cli.gaps.help", {}),
  async run({ io, language, args }) {
    const { rest, peers: peerPaths } = splitPeers(args);
    const { values, positionals } = parseCommandArgs(rest, {
      format: { type: "string" },
      level: { type: "string" },
      "min-peer-share": { type: "string" },
    });
    if (values.help) {
      io.stdout.write(formatMessage(gapsMessages, "cli.gaps.help", {}, language));
      return 0;
    }
    const format = choiceOf(values, "format", TABLE_FORMATS, "table");
    const level = choiceOf(values, "level", ["top", "leaf"] as const, "top");
    const shareText = values["min-peer-share"];
    const minPeerShare = typeof shareText === "string" ? Number(shareText) : undefined;
    if (minPeerShare !== undefined && !(minPeerShare >= 0 && minPeerShare <= 1)) {
      const got = String(shareText);
      throw new UsageError("usage.bad-number", cliText(gapsMessages, "cli.gaps.bad-min-peer-share", { got }));
    }
    if (peerPaths !== undefined && peerPaths.length === 0) {
      throw new UsageError("usage.no-peers", cliText(gapsMessages, "cli.gaps.no-peers", {}));
    }
    const { plans, failed } = await readInputPlans(positionals, io, language);
    const peers = peerPaths ? await readInputPlans(peerPaths, io, language) : { plans: [], failed: false };
    const gaps = coverageGaps(plans, {
      level,
      ...(peerPaths ? { peers: peers.plans } : {}),
      ...(minPeerShare === undefined ? {} : { minPeerShare }),
    });
    const table = gapTable(gaps, language);
    writeTable(io, format, table, gaps);
    return failed || peers.failed || plans.length === 0 ? 1 : 0;
  },
};
