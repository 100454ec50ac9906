import type { MessageCatalogue } from "../../messages/MessageCatalogue";
import type { LocalizedText } from "../../model/LocalizedText";
import { type RuleCode, rules } from "../rules";

/** The rule catalogue's messages as a message catalogue: every rule code with its `message`. */
export const ruleMessages: MessageCatalogue<RuleCode> = Object.fromEntries(
  Object.entries(rules).map(([code, rule]: [string, { readonly message: LocalizedText }]) => [
    code,
    rule.message,
  ]),
) as MessageCatalogue<RuleCode>;
