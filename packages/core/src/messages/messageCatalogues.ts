import { extractionMessages } from "../extract/extractionMessages";
import { parseFailureMessages } from "../parse/parseMessages";
import { complianceMessages } from "../rollup/complianceMessages";
import { ruleMessages } from "../validate/_lib/ruleMessages";
import type { MessageCatalogue } from "./MessageCatalogue";

/**
 * Core's message catalogues by name, for {@link checkCatalogues}: the
 * validation rules' messages, the phrase parsers' failures, the extraction
 * issues and the child-plan compliance texts. Other packages register theirs
 * beside these in one workspace check, so that no two catalogues define the
 * same code.
 *
 * @example
 * Object.keys(messageCatalogues) // ["core/validation", "core/parse", "core/extraction", "core/compliance"]
 * checkCatalogues(messageCatalogues) // []
 */
export const messageCatalogues: Readonly<Record<string, MessageCatalogue>> = {
  "core/validation": ruleMessages,
  "core/parse": parseFailureMessages,
  "core/extraction": extractionMessages,
  "core/compliance": complianceMessages,
};
