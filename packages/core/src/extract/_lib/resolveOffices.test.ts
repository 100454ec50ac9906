import { describe, expect, it } from "vitest";
import { createOfficeResolver, splitAssignees } from "./resolveOffices";

describe("createOfficeResolver", () => {
  it("resolves abbreviations and spellings to one office (001:99, 001:156, 001:164)", () => {
    const resolver = createOfficeResolver();
    const a = resolver.resolve("Phòng Văn hóa và Thông tin thành phố");
    expect(resolver.resolve("Phòng VHTT")?.ref).toBe(a?.ref);
    expect(resolver.resolve("Phòng VH TT")?.ref).toBe(a?.ref);
    expect(resolver.offices()).toEqual([
      {
        id: a?.ref,
        name: "Phòng Văn hóa và Thông tin thành phố",
        kind: "culture-information",
        aliases: ["Phòng VHTT", "Phòng VH TT"],
      },
    ]);
  });

  it("resolves a short form to the fuller one of the same kind (000:89, 000:113; brief's Văn phòng example)", () => {
    const resolver = createOfficeResolver();
    const full = resolver.resolve("Văn phòng HĐND và UBND");
    expect(resolver.resolve("Văn phòng")?.ref).toBe(full?.ref);
    const vhxh = resolver.resolve("Văn hóa – Xã hội xã");
    expect(resolver.resolve("Văn hóa – Xã hội")?.ref).toBe(vhxh?.ref);
    expect(vhxh?.ref).not.toBe(full?.ref);
  });

  it("keeps classes of units or offices as groups (000:78, 001:161)", () => {
    const resolver = createOfficeResolver();
    resolver.resolve("Các Ban, ngành và đơn vị liên quan.");
    resolver.resolve("UBND các phường, xã");
    expect(resolver.offices()).toEqual([]);
    expect(resolver.groups().map((g) => [g.label, g.members, g.scope])).toEqual([
      ["Các Ban, ngành và đơn vị liên quan", "offices", "related"],
      ["UBND các phường, xã", "units", "subordinate"],
    ]);
  });
});

describe("splitAssignees", () => {
  it("splits at semicolons and at commas before an office's first word (001:156, 001:161, 000:78)", () => {
    expect(splitAssignees("Trung tâm VHTT&TT thành phố, UBND phường, xã")).toEqual([
      "Trung tâm VHTT&TT thành phố",
      "UBND phường, xã",
    ]);
    expect(splitAssignees("Phòng Văn hóa và Thông tin; Trung tâm Văn hóa TT&TT")).toEqual([
      "Phòng Văn hóa và Thông tin",
      "Trung tâm Văn hóa TT&TT",
    ]);
    expect(splitAssignees("Các Ban, ngành và đơn vị liên quan.")).toEqual([
      "Các Ban, ngành và đơn vị liên quan",
    ]);
    expect(splitAssignees("Trung tâm Văn hóa, Thông tin và Thể thao thành phố")).toEqual([
      "Trung tâm Văn hóa, Thông tin và Thể thao thành phố",
    ]);
  });

  it("splits at “và” before an office's name, not after an abbreviation (001:154, 003:255, 000:89)", () => {
    expect(splitAssignees("Các cơ quan, đơn vị thành phố và UBND phường, xã")).toEqual([
      "Các cơ quan, đơn vị thành phố",
      "UBND phường, xã",
    ]);
    expect(splitAssignees("công chức Đảng ủy - Nội vụ và Đài truyền thanh xã")).toEqual([
      "công chức Đảng ủy - Nội vụ",
      "Đài truyền thanh xã",
    ]);
    expect(splitAssignees("Văn phòng HĐND và UBND")).toEqual(["Văn phòng HĐND và UBND"]);
    expect(splitAssignees("Phòng Giáo dục và Đào tạo thành phố")).toEqual([
      "Phòng Giáo dục và Đào tạo thành phố",
    ]);
  });

  it("keeps “cán bộ, công chức” together as the officials (003:243)", () => {
    expect(splitAssignees("Các cán bộ, công chức, ban, ngành, đoàn thể xã")).toEqual([
      "Các cán bộ, công chức, ban, ngành, đoàn thể xã",
    ]);
  });
});
