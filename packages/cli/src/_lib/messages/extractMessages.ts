import type { MessageCatalogue } from "@parcomms/core";

/** The messages of `parcomms extract`: its one-line summary, its help and what it says. */
export const extractMessages = {
  "cli.extract.summary": {
    vi: "đọc văn bản kế hoạch (.txt, .docx) thành bản nháp",
    en: "read a plan's text (.txt, .docx) into a draft",
  },
  "cli.extract.help": {
    vi: `Cách dùng: parcomms extract <tệp…> [--json] [--out ban-nhap.json] [--lang vi|en]

Đọc văn bản kế hoạch (.txt UTF-8 hoặc UTF-16, .docx của Word; hoặc thư mục chứa
chúng) thành bản nháp kế hoạch: in các trường đầu văn bản, số mục mỗi phần, các
hoạt động với cơ quan chủ trì, thời gian, dòng và độ tin cậy, chủ đề, hình thức,
rồi các vấn đề gặp phải kèm số dòng. Số dòng của .docx đếm theo đoạn văn.

Tùy chọn:
  --json          in {file, plan, elements, issues} dạng JSON (một đối tượng;
                  một mảng khi có nhiều tệp); issues là vấn đề của extractPlan
  --out <tệp>     ghi bản nháp ra tệp JSON kế hoạch (một kế hoạch, hoặc một
                  mảng khi có nhiều tệp), đọc lại được bằng các lệnh khác
  --lang vi|en    ngôn ngữ (mặc định vi)
  -h, --help      hiện trợ giúp này

Mã thoát: 0 có bản nháp (kể cả khi có cảnh báo), 1 có tệp không đọc được hoặc
không phải kế hoạch, 2 dòng lệnh sai.

Ví dụ:
  parcomms extract packages/sample-data/seeds/002_9c9d59d1a9d0f229.txt
  parcomms extract ke-hoach.docx --out ke-hoach.json
  parcomms extract ke-hoach.docx --json > ban-nhap.json
  parcomms validate ke-hoach.json
`,
    en: `Usage: parcomms extract <files…> [--json] [--out draft.json] [--lang vi|en]

Reads a plan's text (.txt in UTF-8 or UTF-16, Word .docx; or folders holding
them) into a draft plan: prints the header fields, the number of items in each
section, the activities with their lead office, time, lines and confidence,
the themes and channels, then the issues met with their line numbers. Lines
of a .docx count its paragraphs.

Options:
  --json          print {file, plan, elements, issues} as JSON (one object; an
                  array for several files); issues are extractPlan's
  --out <file>    write the draft as a plan JSON file (one plan, or an array
                  for several files) that the other commands read
  --lang vi|en    language (default vi)
  -h, --help      show this help

Exit codes: 0 a draft was made (warnings allowed), 1 a file could not be read
or is not a plan, 2 bad command line.

Examples:
  parcomms extract packages/sample-data/seeds/002_9c9d59d1a9d0f229.txt
  parcomms extract plan.docx --out plan.json
  parcomms extract plan.docx --json > draft.json
  parcomms validate plan.json
`,
  },
  "cli.extract.bad-out": { vi: "--out phải là một tệp .json.", en: "--out must be a .json file." },
  "cli.extract.issues": { vi: "Vấn đề ({count}):", en: "Issues ({count}):" },
} as const satisfies MessageCatalogue;
