/**
 * HTML and script that would run if a page wrote them as markup: each sets
 * `window.__pwned`, opens a dialog or adds an element a test can count.
 * `field` goes before the text of every free-text field of
 * `hostileFiles.markupPlan()`, `file` is that file's name.
 *
 * @example
 * expect(await page.locator("#unit-list").textContent()).toContain(HOSTILE_MARKUP.field);
 */
export const HOSTILE_MARKUP = {
  file: '<img src=x onerror="window.__pwned=1">.json',
  field:
    '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=1</script></svg><svg onload="window.__pwned=1">"><b onmouseover="window.__pwned=1">x</b> ',
} as const;
