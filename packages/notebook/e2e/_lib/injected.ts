import type { Page } from "playwright-core";

/** What {@link injected} finds on a page where no markup from a file was built or run. */
export const CLEAN = { pwned: null, images: 0, scripts: 0, nestedSvg: 0, handlers: 0 } as const;

/**
 * What markup from a file (`HOSTILE_MARKUP` of `@parcomms/hostile-tests/markup`)
 * would leave on the page had it been written as HTML: the flag its handlers
 * set, its `<img src=x>`, inline scripts, an `<svg onload>` inside a chart,
 * and any element with an `on…` handler attribute. {@link CLEAN} when none.
 *
 * @example
 * expect(await injected(page)).toEqual(CLEAN);
 */
export async function injected(page: Page): Promise<unknown> {
  return page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned ?? null,
    images: document.querySelectorAll("img[src='x']").length,
    scripts: [...document.querySelectorAll("script")].filter((s) => !s.src).length,
    nestedSvg: document.querySelectorAll("svg svg[onload]").length,
    handlers: [...document.querySelectorAll("*")].filter((e) =>
      e.getAttributeNames().some((n) => /^on/i.test(n)),
    ).length,
  }));
}
