import type { Plan } from "../model/Plan";
import type { UnitRef } from "../model/UnitRef";
import { minimalPlan } from "../validate/_lib/minimalPlan";
import { seedLines, seedPhrase } from "./seedLines";

/**
 * Test support (not shipped): a small plan of tỉnh Tây Ninh for 2024 (002)
 * with two assignment blocks quoted from the seed. V.1 (002:85–95) is a
 * block of five lettered tasks that shares the plan's "Trong năm 2024"
 * (002:81); only a) has the deadline 20/04/2024 (002:87), b) the yearly and
 * c) the quarterly quota of articles (002:89, 002:91), e) binds the
 * districts alone (002:95). V.9 (002:137–139) asks the Front and the
 * socio-political organisations (đề nghị): they are requested, not leads.
 * Each call returns a fresh object.
 */
export function blockPlan002(): Plan & { unit: UnitRef } {
  const { focalPoint: _focal, budget: _budget, ...base } = minimalPlan();
  const year = { kind: "year", year: 2024, raw: seedPhrase("002", 81, "Trong năm 2024") } as const;
  return {
    ...base,
    id: "002-tay-ninh-2024",
    title: "Thông tin, tuyên truyền cải cách hành chính năm 2024 trên địa bàn tỉnh Tây Ninh",
    unit: {
      name: "Tây Ninh",
      kind: "tinh",
      level: "province",
      era: "three-tier",
      parents: [],
      match: "not-checked",
    },
    issuer: { body: "people-committee", level: "province", wording: "Ủy ban nhân dân tỉnh" },
    references: [],
    formsItems: [
      {
        id: "f-b",
        ref: "b",
        text: seedLines("002", 65),
        lines: { start: 65, end: 65 },
        channels: ["in-person.meeting"],
        themes: [],
      },
    ],
    contentItems: base.contentItems,
    reporting: [],
    offices: [
      { id: "so-noi-vu", name: "Sở Nội vụ", kind: "home-affairs", aliases: [] },
      { id: "mttq", name: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", kind: "other", aliases: [] },
    ],
    assigneeGroups: [
      { id: "so-ban-nganh", label: "Các Sở, ban, ngành tỉnh", aliases: [], members: "offices", scope: "own" },
      {
        id: "ubnd-huyen",
        label: "UBND các huyện, thị xã, thành phố",
        aliases: [],
        members: "units",
        scope: "subordinate",
      },
      {
        id: "doan-the",
        label: "Các tổ chức chính trị - xã hội",
        aliases: [],
        members: "mass-organisations",
        scope: "related",
      },
    ],
    activities: [
      {
        id: "a-assignment-V.1",
        title: "Các Sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố",
        description: seedLines("002", 85),
        themes: [],
        channels: [],
        audiences: [],
        assignees: [
          { ref: "so-ban-nganh", wording: "Các Sở, ban, ngành tỉnh", role: "lead" },
          { ref: "ubnd-huyen", wording: "UBND các huyện, thị xã, thành phố", role: "lead" },
        ],
        timeframe: year,
        quotas: [],
        products: [],
        targets: [],
        origin: { section: "assignment", ref: "V.1", lines: { start: 85, end: 95 } },
        subtasks: [
          {
            id: "a-assignment-V.1.a",
            ref: "a",
            text: seedLines("002", 87),
            lines: { start: 87, end: 87 },
            timeframe: {
              kind: "deadline",
              by: { year: 2024, month: 4, day: 20, raw: "20/04/2024" },
              exclusive: false,
              raw: "Chậm nhất ngày 20/04/2024",
            },
          },
          {
            id: "a-assignment-V.1.b",
            ref: "b",
            text: seedLines("002", 89),
            lines: { start: 89, end: 89 },
            channels: ["online.web-portal"],
            quotas: [
              {
                kind: "quota",
                comparator: "atLeast",
                count: 12,
                output: "article",
                per: "year",
                raw: seedPhrase("002", 89, "tối thiểu 12 tin/bài trong năm"),
              },
            ],
          },
          {
            id: "a-assignment-V.1.c",
            ref: "c",
            text: seedLines("002", 91),
            lines: { start: 91, end: 91 },
            channels: ["online.web-portal"],
            quotas: [
              {
                kind: "quota",
                comparator: "atLeast",
                count: 1,
                output: "article",
                per: "quarter",
                raw: seedPhrase("002", 91, "ít nhất 01 tin/bài"),
              },
            ],
          },
          { id: "a-assignment-V.1.d", ref: "d", text: seedLines("002", 93), lines: { start: 93, end: 93 } },
          {
            id: "a-assignment-V.1.e",
            ref: "e",
            text: seedLines("002", 95),
            lines: { start: 95, end: 95 },
            assignees: [{ ref: "ubnd-huyen", wording: "UBND các huyện, thị xã, thành phố", role: "lead" }],
          },
        ],
      },
      {
        id: "a-assignment-V.9",
        title: "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
        description: seedLines("002", 139),
        themes: ["citizen-rights"],
        channels: [],
        audiences: [],
        assignees: [
          { ref: "mttq", wording: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", role: "requested" },
          { ref: "doan-the", wording: "các tổ chức chính trị - xã hội", role: "requested" },
        ],
        timeframe: year,
        quotas: [],
        products: [],
        targets: [],
        origin: { section: "assignment", ref: "V.9", lines: { start: 137, end: 139 } },
      },
    ],
  };
}
