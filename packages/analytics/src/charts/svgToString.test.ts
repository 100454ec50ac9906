import { describe, expect, it } from "vitest";
import { testDocument } from "./_lib/testDocument";
import { svgToString } from "./svgToString";

function svgFrom(markup: string): SVGSVGElement {
  const document = testDocument();
  const host = document.createElement("div");
  host.innerHTML = markup;
  return host.querySelector("svg") as SVGSVGElement;
}

describe("svgToString", () => {
  it("sets xmlns, renumbers ids with their references and rounds long decimals", () => {
    const svg = svgFrom(
      '<svg width="10" height="10"><defs><clipPath id="plot-clip-17"><rect width="1.23456789"></rect></clipPath></defs>' +
        '<g clip-path="url(#plot-clip-17)"><text x="2.5">a<tspan>b</tspan></text></g></svg>',
    );
    expect(svgToString(svg)).toBe(
      '<svg width="10" height="10" xmlns="http://www.w3.org/2000/svg">\n<defs>\n<clipPath id="plot-clip-1">\n<rect width="1.235"/></clipPath>\n</defs>\n' +
        '<g clip-path="url(#plot-clip-1)">\n<text x="2.5">a<tspan>b</tspan></text>\n</g>\n</svg>\n',
    );
  });

  it("serialises the first svg of an HTML figure, and nothing without one", () => {
    const document = testDocument();
    const figure = document.createElement("figure");
    figure.innerHTML = '<h2>t</h2><svg width="1" height="1"></svg>';
    expect(svgToString(figure)).toBe('<svg width="1" height="1" xmlns="http://www.w3.org/2000/svg"/>\n');
    expect(svgToString(document.createElement("div"))).toBe("");
  });
});
