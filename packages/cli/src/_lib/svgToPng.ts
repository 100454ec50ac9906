import { Resvg } from "@resvg/resvg-js";

/**
 * Renders an SVG string to PNG bytes with resvg (native, no browser), using
 * the system's fonts; Node only, so it lives in the command line and not in
 * `@parcomms/analytics`, whose charts also run in browsers.
 *
 * @param svg - an SVG document, e.g. `svgToString(themeChannelHeatmap(plans, { document }).element)`
 * @param options - `scale`: pixels per SVG unit (default 2, for sharp text); `background` (default white)
 * @returns the PNG file's bytes
 * @example
 * writeFileSync("heatmap.png", svgToPng(renderChartSvg("heatmap", realPlans, { document })));
 */
export function svgToPng(svg: string, options: { scale?: number; background?: string } = {}): Uint8Array {
  const resvg = new Resvg(svg, {
    background: options.background ?? "#FFFFFF",
    fitTo: { mode: "zoom", value: options.scale ?? 2 },
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  });
  return new Uint8Array(resvg.render().asPng());
}
