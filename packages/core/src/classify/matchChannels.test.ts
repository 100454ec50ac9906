import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSeedLines } from "../_testing/readSeedLines";
import { channels } from "../codelists/channels";
import { matchChannels } from "./matchChannels";

const S000 = "000_34833a3694ee8a96.txt";
const S001 = "001_ec564b67ad28c11a.txt";
const S002 = "002_9c9d59d1a9d0f229.txt";
const S003 = "003_c2f82bd70c212939.txt";
const S004 = "004_f3b844502d811123.txt";

describe("matchChannels", () => {
  it(`${S001}:155 (appendix task 2) names video, provincial radio-tv, district radio, web portal, gate/LED, social media, commune radio and reportage`, () => {
    expect(matchChannels(readSeedLines(S001, 155))).toEqual([
      "online.video",
      "broadcast.provincial-radio-tv",
      "broadcast.district-radio",
      "online.web-portal",
      "outdoor-print.gate-led",
      "online.social-media",
      "broadcast.commune-radio",
      "press.reportage",
    ]);
  });

  it(`${S000}:23 commune radio, village meetings, billboards and banners; "cuộc họp" is part of "cuộc họp thôn"`, () => {
    expect(matchChannels(readSeedLines(S000, 23))).toEqual([
      "broadcast.commune-radio",
      "in-person.village-meeting",
      "outdoor-print.billboard",
      "outdoor-print.banner-slogan",
    ]);
  });

  it(`${S000}:75 posting at the one-stop office, the public service portal and the web page; "công khai" keeps its family`, () => {
    expect(matchChannels(readSeedLines(S000, 75))).toEqual([
      "official-posting.one-stop",
      "online.public-service-portal",
      "online.web-portal",
      "official-posting",
    ]);
  });

  it(`${S001}:101 web portal, welcome gate and LED screen, Zalo and Facebook, the city bulletin`, () => {
    expect(matchChannels(readSeedLines(S001, 101))).toEqual([
      "online.web-portal",
      "outdoor-print.gate-led",
      "online.social-media",
      "press.e-bulletin",
    ]);
  });

  it(`${S002}:63 publications, handbooks and documents, leaflets, social media`, () => {
    expect(matchChannels(readSeedLines(S002, 63))).toEqual([
      "outdoor-print.publication",
      "outdoor-print.leaflet",
      "online.social-media",
    ]);
  });

  it(`${S002}:65 meetings, mass organisations, volunteers; "trực tiếp" (in person) stands on its own`, () => {
    expect(matchChannels(readSeedLines(S002, 65))).toEqual([
      "in-person.meeting",
      "in-person.mass-organisations",
      "in-person.information-team",
      "in-person",
    ]);
  });

  it(`${S002}:67 the press, the web portal, the district culture-sport-radio centres and "Đài" (stations)`, () => {
    expect(matchChannels(readSeedLines(S002, 67))).toEqual([
      "press.newspaper",
      "online.web-portal",
      "broadcast.district-radio",
      "broadcast",
    ]);
  });

  it(`${S002}:69 forums and dialogues, writing contests in the press, contests and performances`, () => {
    expect(matchChannels(readSeedLines(S002, 69))).toEqual([
      "in-person.dialogue",
      "press.newspaper",
      "in-person.contest",
      "in-person.cultural-performance",
    ]);
  });

  it(`${S002}:71 posting at the one-stop office, on paper and on the web page`, () => {
    expect(matchChannels(readSeedLines(S002, 71))).toEqual([
      "official-posting.one-stop",
      "online.web-portal",
    ]);
  });

  it(`${S003}:115-122 meetings, legal education, training, commune radio, village meetings, web pages`, () => {
    expect(matchChannels(readSeedLines(S003, 115, 122))).toEqual([
      "in-person.meeting",
      "in-person.legal-education",
      "in-person.training",
      "broadcast.commune-radio",
      "in-person.village-meeting",
      "online.web-portal",
    ]);
  });

  it(`${S004}:96-104 every form of the ward's plan`, () => {
    expect(matchChannels(readSeedLines(S004, 96, 104))).toEqual([
      "broadcast.commune-radio",
      "in-person.information-team",
      "online.web-portal",
      "outdoor-print.banner-slogan",
      "outdoor-print.billboard",
      "outdoor-print.publication",
      "in-person.meeting",
      "in-person.legal-education",
      "in-person.dialogue",
      "online.social-media",
    ]);
  });

  it(`${S001}:75 "phát thanh, truyền hình" without a province is broadcast in general; mass media is the press family`, () => {
    expect(matchChannels(readSeedLines(S001, 75))).toEqual([
      "official-posting.one-stop",
      "online.web-portal",
      "press",
      "broadcast",
    ]);
  });

  it(`${S000}:55 "tuyên truyền thanh toán" (promote payment) is not "truyền thanh" (radio)`, () => {
    expect(matchChannels(readSeedLines(S000, 55))).toEqual([]);
  });

  it(`${S000}:135 and ${S002}:93 "báo cáo" (report) is not "báo" (newspaper)`, () => {
    expect(matchChannels(readSeedLines(S000, 135))).toEqual([]);
    expect(matchChannels(readSeedLines(S002, 93))).toEqual([]);
  });

  it(`${S001}:33 "hiện đại hóa" (modernise) holds no "đài" (station)`, () => {
    expect(matchChannels(readSeedLines(S001, 33))).toEqual([]);
  });

  it(`${S001}:155 gives the same channels in NFD`, () => {
    const line = readSeedLines(S001, 155);
    expect(matchChannels(line.normalize("NFD"))).toEqual(matchChannels(line));
  });

  it("returns distinct codes of the channels codelist and never throws", () => {
    const codes = new Set(channels.entries.map((e) => e.code));
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const found = matchChannels(text);
        expect(new Set(found).size).toBe(found.length);
        for (const code of found) expect(codes.has(code)).toBe(true);
      }),
      { seed: 20240301 },
    );
  });
});
