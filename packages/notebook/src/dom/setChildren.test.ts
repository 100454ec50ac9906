// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { h } from "./h";
import { setChildren } from "./setChildren";

describe("setChildren", () => {
  it("replaces the children with a list given as an array (a spread of it overflows the stack past ~100,000)", () => {
    const list = h("ul", {}, h("li", {}, "old"));
    const items = Array.from({ length: 20_000 }, (_, i) => `x${i}`);
    setChildren(list, items);
    expect(list.childNodes.length).toBe(20_000);
    expect(list.firstChild?.textContent).toBe("x0");
    expect(list.lastChild?.textContent).toBe("x19999");
  });

  it("keeps text as text, skips empty children, flattens arrays", () => {
    const div = setChildren(h("div"), "<b>a</b>", null, false, [h("i", {}, "b"), undefined], 3);
    expect(div.innerHTML).toBe("&lt;b&gt;a&lt;/b&gt;<i>b</i>3");
  });
});
