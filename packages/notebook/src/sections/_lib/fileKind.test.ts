// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { OwnFile } from "../../data/OwnFile";
import { fileKind } from "./fileKind";

const file = (change: Partial<OwnFile>): OwnFile => ({
  name: "van-ban.txt",
  size: 1200,
  planIds: [],
  drafts: 0,
  stored: true,
  members: ["van-ban.txt"],
  ...change,
});
const texts = (children: ReturnType<typeof fileKind>) =>
  children.map((child) => (child instanceof Node ? child.textContent : child));

describe("fileKind", () => {
  it("shows nothing for a file that is not a text", () => {
    expect(fileKind(file({}), "vi")).toEqual([]);
  });

  it("names a decision issuing a plan and cites the decision", () => {
    const decision = { number: "512", symbol: "QĐ-UBND", issueDate: { year: 2025, month: 3, day: 5 } };
    const shown = fileKind(file({ documentKind: "decision-with-plan", decision, planIds: ["qd-512"] }), "vi");
    expect(texts(shown)).toEqual([
      "Quyết định ban hành kế hoạch",
      "Ban hành bằng Quyết định số 512/QĐ-UBND ngày 05/03/2025",
    ]);
    expect(texts(fileKind(file({ documentKind: "decision-with-plan", decision }), "en"))).toEqual([
      "Decision issuing a plan",
      "Issued by Quyết định số 512/QĐ-UBND ngày 05/03/2025",
    ]);
  });

  it("lists the plans a text about a plan names: number, date, issuer, period, summary", () => {
    const mentions = [
      {
        number: "45",
        symbol: "KH-UBND",
        issueDate: { year: 2025, month: 3, day: 12 },
        issuer: "Ủy ban nhân dân huyện Định Quán",
        period: { start: "2025", end: "2025" },
        title: "tuyên truyền cải cách hành chính năm 2025 trên địa bàn huyện",
        raw: "Kế hoạch số 45/KH-UBND",
      },
      {
        symbol: "KH-UBND",
        period: { start: "2021", end: "2025" },
        raw: "Kế hoạch …/KH-UBND giai đoạn 2021-2025",
      },
    ];
    const [badge, list] = fileKind(file({ documentKind: "about-plan", mentions }), "vi") as HTMLElement[];
    expect(badge?.textContent).toBe("Văn bản nói về kế hoạch");
    expect(badge?.dataset.kind).toBe("about-plan");
    expect(list?.querySelector("p")?.textContent).toBe("Kế hoạch được nhắc tới (2), không đưa vào so sánh:");
    expect([...(list?.querySelectorAll("li.mention") ?? [])].map((li) => li.textContent)).toEqual([
      "Kế hoạch số 45/KH-UBND ngày 12/03/2025 của Ủy ban nhân dân huyện Định Quán · kỳ 2025 · tuyên truyền cải cách hành chính năm 2025 trên địa bàn huyện",
      "Kế hoạch số …/KH-UBND · kỳ 2021–2025",
    ]);
    const none = fileKind(file({ documentKind: "about-plan", mentions: [] }), "en") as HTMLElement[];
    expect(none[1]?.textContent).toBe("The text gives no plan's number, date or issuer.");
  });

  it("marks another text as not a plan", () => {
    expect(texts(fileKind(file({ documentKind: "other" }), "vi"))).toEqual(["Không phải kế hoạch"]);
  });
});
