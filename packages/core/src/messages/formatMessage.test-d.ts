import { describe, expectTypeOf, it } from "vitest";
import { formatMessage } from "./formatMessage";
import type { MessageCatalogue, MessageParam, MessageParams, PlaceholderNames } from "./MessageCatalogue";

const messages = {
  "t.one": { vi: "Nhiệm vụ {ref} của {unit}", en: "Task {ref} of {unit}" },
  "t.none": { vi: "Không có gì.", en: "Nothing." },
  "t.brace": { vi: "Một { không phải } tên", en: "A { not a } name" },
} as const satisfies MessageCatalogue;

describe("formatMessage types", () => {
  it("reads placeholder names from literal templates", () => {
    expectTypeOf<PlaceholderNames<"Task {ref} of {unit}">>().toEqualTypeOf<"ref" | "unit">();
    expectTypeOf<PlaceholderNames<"Nothing.">>().toEqualTypeOf<never>();
    expectTypeOf<PlaceholderNames<"A { not a } name">>().toEqualTypeOf<never>();
    expectTypeOf<PlaceholderNames<string>>().toEqualTypeOf<string>();
  });

  it("asks exactly the placeholders of a literal code", () => {
    expectTypeOf(
      formatMessage(messages, "t.one", { ref: "1", unit: "xã Gia Tân" }, "vi"),
    ).toEqualTypeOf<string>();
    // @ts-expect-error: unit is missing
    formatMessage(messages, "t.one", { ref: "1" }, "vi");
    // @ts-expect-error: not a code of the catalogue
    formatMessage(messages, "t.other", {}, "vi");
    // @ts-expect-error: not a language
    formatMessage(messages, "t.none", {}, "fr");
    expectTypeOf<Parameters<typeof formatMessage<typeof messages, "t.one">>[2]>().toEqualTypeOf<{
      readonly ref: MessageParam;
      readonly unit: MessageParam;
    }>();
  });

  it("takes any params when the code is known only at run time", () => {
    type Code = keyof typeof messages;
    expectTypeOf<Parameters<typeof formatMessage<typeof messages, Code>>[2]>().toEqualTypeOf<MessageParams>();
    const loose: MessageCatalogue = messages;
    expectTypeOf<Parameters<typeof formatMessage<typeof loose, string>>[2]>().toEqualTypeOf<MessageParams>();
  });
});
