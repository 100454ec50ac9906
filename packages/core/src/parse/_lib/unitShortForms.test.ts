import { describe, expect, it } from "vitest";
import { foldText } from "../../_lib/fold";
import { CENTRAL_CITIES } from "../../_lib/vietnameseCentralCities";
import { shortFormAt, UNIT_SHORT_FORMS } from "./unitShortForms";

describe("UNIT_SHORT_FORMS", () => {
  it("names only centrally governed cities, so their kind is decided as for the city's name", () => {
    const cities = CENTRAL_CITIES.map((city) => city.name);
    expect(UNIT_SHORT_FORMS.map((entry) => entry.name).filter((name) => !cities.includes(name))).toEqual([]);
  });

  it("gives each folded form to one unit only", () => {
    const forms = UNIT_SHORT_FORMS.flatMap((entry) => entry.forms.map(foldText));
    expect(forms.filter((form, i) => forms.indexOf(form) !== i)).toEqual([]);
  });
});

describe("shortFormAt", () => {
  it.each([
    ["tphcm", 0, "Hồ Chí Minh", 5],
    ["tp. hcm, viet nam", 0, "Hồ Chí Minh", 7],
    ["quan 1, hn", 8, "Hà Nội", 10],
  ] as const)("%j at %i is %s, ending at %i", (text, at, name, end) => {
    expect(shortFormAt(text, at)).toEqual({ entry: expect.objectContaining({ name }), end });
  });

  it("a form that runs on into a longer word is not a short form", () => {
    expect(shortFormAt("hnx", 0)).toBeUndefined();
    expect(shortFormAt("hcmc", 0)).toBeUndefined();
  });
});
