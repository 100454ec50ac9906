import { describe, expect, it } from "vitest";
import { formatMessage } from "./formatMessage";
import type { MessageCatalogue } from "./MessageCatalogue";

const messages = {
  "test.no-lead": { vi: "Nhiệm vụ {ref} không có cơ quan chủ trì.", en: "Task {ref} has no lead office." },
  "test.period": {
    vi: "Không xác định được năm của kế hoạch; dùng năm {year}.",
    en: "The plan's year could not be found; {year} is used.",
  },
  "test.rate": { vi: "{count} lần mỗi năm, {share} tổng số", en: "{count} a year, {share} of all" },
  "test.flag": { vi: "Có chỉ tiêu: {value}", en: "Has quotas: {value}" },
  "test.twice": { vi: "{a} và {a}", en: "{a} and {a}" },
} as const satisfies MessageCatalogue;

describe("formatMessage", () => {
  it("fills every placeholder in each language (003:430, task 8 of xã Gia Tân)", () => {
    expect(formatMessage(messages, "test.no-lead", { ref: "8" }, "vi")).toBe(
      "Nhiệm vụ 8 không có cơ quan chủ trì.",
    );
    expect(formatMessage(messages, "test.no-lead", { ref: "8" }, "en")).toBe("Task 8 has no lead office.");
    expect(formatMessage(messages, "test.twice", { a: "x" }, "en")).toBe("x and x");
  });

  it("writes numbers in the language's notation without grouping: a year stays 2024", () => {
    expect(formatMessage(messages, "test.period", { year: 2024 }, "vi")).toBe(
      "Không xác định được năm của kế hoạch; dùng năm 2024.",
    );
    expect(formatMessage(messages, "test.rate", { count: 10794, share: 2.175 }, "vi")).toBe(
      "10794 lần mỗi năm, 2,18 tổng số",
    );
    expect(formatMessage(messages, "test.rate", { count: 10794, share: 2.175 }, "en")).toBe(
      "10794 a year, 2.18 of all",
    );
  });

  it("writes yes/no as words of the vocabulary and null as a dash", () => {
    expect(formatMessage(messages, "test.flag", { value: true }, "vi")).toBe("Có chỉ tiêu: có");
    expect(formatMessage(messages, "test.flag", { value: false }, "en")).toBe("Has quotas: no");
    expect(formatMessage(messages, "test.flag", { value: null }, "en")).toBe("Has quotas: —");
  });

  it("keeps a placeholder without a param visible, and ignores params it has no place for", () => {
    const loose: MessageCatalogue = messages;
    expect(formatMessage(loose, "test.rate", { count: 3, other: "x" }, "en")).toBe(
      "3 a year, {share} of all",
    );
    expect(formatMessage(loose, "test.rate", {}, "vi")).toBe("{count} lần mỗi năm, {share} tổng số");
  });

  it("does not read params from the prototype", () => {
    const loose: MessageCatalogue = { "test.proto": { vi: "{toString}", en: "{constructor}" } };
    expect(formatMessage(loose, "test.proto", {}, "en")).toBe("{constructor}");
  });

  it("gives the code itself for a code the catalogue does not hold, never throwing", () => {
    const loose: MessageCatalogue = messages;
    expect(formatMessage(loose, "test.unknown", {}, "vi")).toBe("test.unknown");
    expect(formatMessage(loose, "toString", {}, "en")).toBe("toString");
  });

  it("lets the caller render values, falling back to the default", () => {
    const render = (value: unknown, name: string) =>
      name === "count" && typeof value === "number" ? value.toLocaleString("vi-VN") : undefined;
    expect(formatMessage(messages, "test.rate", { count: 10794, share: 0.5 }, "vi", { render })).toBe(
      "10.794 lần mỗi năm, 0,5 tổng số",
    );
  });
});
