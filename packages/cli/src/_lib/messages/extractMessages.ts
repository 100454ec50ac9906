import type { MessageCatalogue } from "@parcomms/core";

/** The messages of `parcomms extract`: its one-line summary, its help and what it says. */
export const extractMessages = {
  "cli.extract.summary": {
    vi: "đọc văn bản (.txt, .docx, .doc, .pdf, ảnh quét…): loại văn bản, bản nháp kế hoạch, kế hoạch được nhắc tới",
    en: "read a document (.txt, .docx, .doc, .pdf, scans…): its kind, the draft plan, the plans it names",
  },
  "cli.extract.help": {
    vi: `Cách dùng: parcomms extract <tệp…> [--json] [--out ban-nhap.json] [--lang vi|en]

Đọc văn bản (.txt UTF-8 hoặc UTF-16, .docx và .doc của Word, .odt, .rtf, .pdf,
ảnh quét .png, .jpg, .jpeg, .tif, .tiff; hoặc thư mục chứa chúng) và in loại văn bản: kế hoạch, quyết định ban hành kế hoạch, văn bản nói về kế
hoạch, hoặc khác. Với kế hoạch và quyết định ban hành kế hoạch (kèm số, ngày của
quyết định): in bản nháp kế hoạch, gồm các trường đầu văn bản, số mục mỗi phần,
các hoạt động với cơ quan chủ trì, thời gian, dòng và độ tin cậy, chủ đề, hình
thức. Với văn bản nói về kế hoạch (tin bài, báo cáo, công văn): in các kế hoạch
được nhắc tới (số, ngày, cơ quan ban hành, kỳ, trích yếu). Sau cùng là các vấn
đề gặp phải kèm số dòng. Số dòng của .docx đếm theo đoạn văn; của .pdf và ảnh
quét, theo văn bản đọc được. Cả một thư mục văn bản: parcomms ingest.

Tùy chọn:
  --json          in {file, documentKind, plan, decision, mentions, elements,
                  issues} dạng JSON (một đối tượng; một mảng khi có nhiều tệp);
                  issues là vấn đề của extractPlan
  --out <tệp>     ghi bản nháp ra tệp JSON kế hoạch (một kế hoạch, hoặc một
                  mảng khi có nhiều tệp), đọc lại được bằng các lệnh khác;
                  văn bản không phải kế hoạch được nêu tên, không được ghi
  --lang vi|en    ngôn ngữ (mặc định vi)
  -h, --help      hiện trợ giúp này

Mã thoát: 0 mọi tệp đều đọc được thành một loại văn bản (kể cả văn bản nói về
kế hoạch, kể cả khi có cảnh báo), 1 có tệp không đọc được hoặc là văn bản khác
(io.not-a-plan), 2 dòng lệnh sai.

Ví dụ:
  parcomms extract packages/sample-data/seeds/002_9c9d59d1a9d0f229.txt
  parcomms extract ke-hoach.docx --out ke-hoach.json
  parcomms extract ke-hoach.docx --json > ban-nhap.json
  parcomms validate ke-hoach.json
`,
    en: `Usage: parcomms extract <files…> [--json] [--out draft.json] [--lang vi|en]

Reads documents (.txt in UTF-8 or UTF-16, Word .docx and .doc, .odt, .rtf,
.pdf, scans as .png, .jpg, .jpeg, .tif, .tiff; or folders holding them) and
prints the kind of each: plan, decision issuing a plan, text about a plan,
or other. For a plan and a decision issuing one (its number and date cited):
the draft plan, with the header fields, the number of items in each section,
the activities with their lead office, time, lines and confidence, the themes
and channels. For a text about a plan (news, a report, a letter): the plans it
names (number, date, issuer, period, summary). Then the issues met with their
line numbers. Lines of a .docx count its paragraphs; of a .pdf or a scan, the
text read from it. A whole folder of documents: parcomms ingest.

Options:
  --json          print {file, documentKind, plan, decision, mentions, elements,
                  issues} as JSON (one object; an array for several files);
                  issues are extractPlan's
  --out <file>    write the drafts as a plan JSON file (one plan, or an array
                  for several files) that the other commands read; texts that
                  are not plans are named, not written
  --lang vi|en    language (default vi)
  -h, --help      show this help

Exit codes: 0 every file was read as some kind of document (a text about a
plan too; warnings allowed), 1 a file could not be read or is another text
(io.not-a-plan), 2 bad command line.

Examples:
  parcomms extract packages/sample-data/seeds/002_9c9d59d1a9d0f229.txt
  parcomms extract plan.docx --out plan.json
  parcomms extract plan.docx --json > draft.json
  parcomms validate plan.json
`,
  },
  "cli.extract.bad-out": { vi: "--out phải là một tệp .json.", en: "--out must be a .json file." },
  "cli.extract.issues": { vi: "Vấn đề ({count}):", en: "Issues ({count}):" },
  "cli.extract.not-written": {
    vi: "{file}: không ghi vào {out}: {kind}, không có kế hoạch nào để ghi.",
    en: "{file}: not written to {out}: {kind}, there is no plan to write.",
  },
} as const satisfies MessageCatalogue;
