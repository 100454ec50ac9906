import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { LocalizedText, Plan } from "@parcomms/core";
import { realPlans } from "@parcomms/sample-data";
import type { Command } from "../_lib/Command";
import { parseCommandArgs } from "../_lib/parseCommandArgs";
import { UsageError } from "../_lib/UsageError";

const HELP: LocalizedText = {
  vi: `Cách dùng: parcomms sample <tên|all> [--out <tệp>] [--lang vi|en]

In (hoặc ghi) một trong năm kế hoạch thật dạng JSON. Tên là mã kế hoạch
(003_c2f82bd70c212939), tên tệp gốc (003_c2f82bd70c212939.txt) hoặc ba chữ số
đầu (003); "all" cho cả năm kế hoạch (một mảng JSON).

  000  xã Sơn Mầu (Quảng Ngãi) 2024        001  thành phố Bắc Giang 2024
  002  tỉnh Tây Ninh 2024                  003  xã Gia Tân (Hải Dương) 2024
  004  phường Trúc Lâm (Thanh Hóa) 2025

Tùy chọn:
  --out <tệp>     ghi vào tệp thay vì in ra
  --lang vi|en    ngôn ngữ thông báo (mặc định vi)
  -h, --help      hiện trợ giúp này

Ví dụ:
  parcomms sample 003 --out gia-tan.json
  parcomms sample all > real-plans.json
`,
  en: `Usage: parcomms sample <name|all> [--out <file>] [--lang vi|en]

Prints (or writes) one of the five real plans as JSON. The name is the plan id
(003_c2f82bd70c212939), the seed file name (003_c2f82bd70c212939.txt) or its
first three digits (003); "all" gives the five plans (a JSON array).

  000  xã Sơn Mầu (Quảng Ngãi) 2024        001  thành phố Bắc Giang 2024
  002  tỉnh Tây Ninh 2024                  003  xã Gia Tân (Hải Dương) 2024
  004  phường Trúc Lâm (Thanh Hóa) 2025

Options:
  --out <file>    write to the file instead of printing
  --lang vi|en    language of messages (default vi)
  -h, --help      show this help

Examples:
  parcomms sample 003 --out gia-tan.json
  parcomms sample all > real-plans.json
`,
};

function samplesNamed(name: string): Plan | readonly Plan[] | undefined {
  if (name === "all") return realPlans;
  return realPlans.find(
    (plan) => plan.id === name || plan.provenance.document === name || plan.id.slice(0, 3) === name,
  );
}

/** `parcomms sample`: the five real plans of sample-data as JSON. */
export const sampleCommand: Command = {
  name: "sample",
  summary: { vi: "in một trong năm kế hoạch thật", en: "print one of the five real plans" },
  help: HELP,
  async run({ io, language, args }) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: "string" } });
    if (values.help) {
      io.stdout.write(HELP[language]);
      return 0;
    }
    const [name, ...extra] = positionals;
    const found = name === undefined || extra.length > 0 ? undefined : samplesNamed(name);
    if (found === undefined) {
      const names = realPlans.map((p) => p.id).join(", ");
      throw new UsageError("usage.unknown-sample", {
        vi: `Không có kế hoạch mẫu tên ${JSON.stringify(name ?? "")}; dùng all hoặc một trong: ${names}.`,
        en: `No sample plan named ${JSON.stringify(name ?? "")}; use all or one of: ${names}.`,
      });
    }
    const json = `${JSON.stringify(found, null, 2)}\n`;
    if (typeof values.out === "string") writeFileSync(resolve(io.cwd, values.out), json);
    else io.stdout.write(json);
    return 0;
  },
};
