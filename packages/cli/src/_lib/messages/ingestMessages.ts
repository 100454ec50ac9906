import type { MessageCatalogue } from "@parcomms/core";

/** The messages of `parcomms ingest`: its one-line summary, its help, its usage errors and what it says. */
export const ingestMessages = {
  "cli.ingest.summary": {
    vi: "đọc cả thư mục văn bản thành kế hoạch (JSON Lines) và hàng chờ rà soát; chạy tiếp được",
    en: "read a whole folder of documents into plans (JSON Lines) and a review queue; resumable",
  },
  "cli.ingest.help": {
    vi: `Cách dùng: parcomms ingest <thư mục|tệp…> --out ke-hoach.jsonl [--recursive]
                       [--review ra-soat] [--jobs N] [--force] [--json] [--lang vi|en]

Đọc mọi văn bản của các thư mục (và các tệp nêu tên) thành bản nháp kế hoạch,
ghi các kế hoạch ra một tệp JSON Lines và hàng chờ rà soát ra CSV và JSON: mỗi
tệp một dòng (loại văn bản, đơn vị, cấp, năm, số, trích yếu, độ tin cậy, số lỗi
và cảnh báo, mã vấn đề, các trường cần xem lại kèm trang và dòng).

Văn bản của một thư mục: .txt, .docx, .doc, .odt, .rtf, .pdf, .png, .jpg,
.jpeg, .tif, .tiff, theo thứ tự tên. Tệp kế hoạch (.json, .jsonl, .csv) và tệp
ẩn (bắt đầu bằng "." hoặc "~$") không được lấy từ thư mục; một tệp nêu tên
thì luôn được đọc. Mỗi tệp được đọc riêng, song song trên nhiều luồng, nên một
tệp hỏng không làm dừng các tệp khác.

Chạy tiếp: bên cạnh --out có tệp trạng thái <out>.state.jsonl ghi mã băm
SHA-256 nội dung của mỗi tệp đã đọc. Lần chạy sau bỏ qua các tệp đã đọc (kể cả
khi đã đổi tên hay chuyển chỗ) và chỉ ghi thêm kế hoạch mới; tệp không đọc được
lần trước (hỏng, hoặc chưa có bộ đọc) thì được đọc lại. Bị ngắt giữa chừng thì
không mất và không trùng gì.

Tùy chọn:
  --out <tệp.jsonl>   tệp JSON Lines nhận các kế hoạch (bắt buộc)
  --recursive         đọc cả các thư mục con
  --review <tên>      hàng chờ rà soát <tên>.csv (UTF-8 có BOM, mở được bằng
                      Excel) và <tên>.json (mặc định: review cạnh --out)
  --jobs <N>          số luồng đọc (mặc định: số lõi, tối đa 2; 1: đọc ngay
                      trong tiến trình)
  --force             đọc lại tất cả, ghi lại --out và tệp trạng thái từ đầu
  --json              in bản tóm tắt dạng JSON ra stdout
  --lang vi|en        ngôn ngữ (mặc định vi)
  -h, --help          hiện trợ giúp này

Tiến độ (số tệp, tệp đang đọc, trang) được in ra stderr.

Mã thoát: 0 mọi tệp đều đọc được (kể cả khi có cảnh báo), 1 có tệp không đọc
được hoặc có lỗi (những gì đọc được vẫn được ghi), 2 dòng lệnh sai.

Ví dụ:
  parcomms ingest van-ban/ --recursive --out ke-hoach.jsonl
  parcomms ingest van-ban/ --out ke-hoach.jsonl --json
  parcomms validate ke-hoach.jsonl
`,
    en: `Usage: parcomms ingest <folder|file…> --out plans.jsonl [--recursive]
                       [--review review] [--jobs N] [--force] [--json] [--lang vi|en]

Reads every document of the folders (and the files named) into draft plans,
writes the plans to a JSON Lines file and the review queue to CSV and JSON:
one row a file (kind of document, unit, level, year, number, title,
confidence, errors and warnings, issue codes, the fields to check with their
page and line).

A folder's documents: .txt, .docx, .doc, .odt, .rtf, .pdf, .png, .jpg, .jpeg,
.tif, .tiff, in order of name. Plan files (.json, .jsonl, .csv) and hidden
files (starting with "." or "~$") are not taken from a folder; a file named
is always read. Each file is read on its own, in parallel on several threads,
so one damaged file never stops the others.

Resumable: beside --out, the state file <out>.state.jsonl keeps the SHA-256
hash of the content of every file read. A later run skips the files already
read (renamed or moved too) and only appends the new plans; a file that could
not be read last time (damaged, or no reader yet) is read again. An
interrupted run loses nothing and duplicates nothing.

Options:
  --out <file.jsonl>  the JSON Lines file the plans go to (required)
  --recursive         read the subfolders too
  --review <name>     the review queue <name>.csv (UTF-8 with a BOM, so Excel
                      opens it) and <name>.json (default: review beside --out)
  --jobs <N>          reading threads (default: the cores, at most 2; 1: read
                      in the process itself)
  --force             read everything again, write --out and the state anew
  --json              print the summary as JSON on stdout
  --lang vi|en        language (default vi)
  -h, --help          show this help

Progress (files, the file being read, its pages) goes to stderr.

Exit codes: 0 every file was read (warnings allowed), 1 a file could not be
read or has errors (what was read is still written), 2 bad command line.

Examples:
  parcomms ingest documents/ --recursive --out plans.jsonl
  parcomms ingest documents/ --out plans.jsonl --json
  parcomms validate plans.jsonl
`,
  },
  "cli.ingest.no-out": {
    vi: "Cần --out <tệp.jsonl>: tệp JSON Lines nhận các kế hoạch.",
    en: "Give --out <file.jsonl>: the JSON Lines file the plans go to.",
  },
  "cli.ingest.bad-out": {
    vi: "--out phải là một tệp .jsonl (hoặc .ndjson).",
    en: "--out must be a .jsonl (or .ndjson) file.",
  },
  "cli.ingest.bad-jobs": {
    vi: "--jobs phải là một số nguyên từ 1 đến 64 (nhận được {got}).",
    en: "--jobs must be a whole number from 1 to 64 (got {got}).",
  },
  "cli.ingest.out-not-ours": {
    vi: "{out} đã có và không do parcomms ingest ghi (không có {state}); dùng --force để ghi lại từ đầu, hoặc chọn tệp khác.",
    en: "{out} exists and was not written by parcomms ingest (no {state}); use --force to write it anew, or choose another file.",
  },
  "cli.ingest.state-reset": {
    vi: "Tệp trạng thái {state} không khớp với {out} (thiếu hoặc ngắn hơn); đọc lại tất cả từ đầu.",
    en: "The state file {state} does not match {out} (missing or shorter); everything is read again.",
  },
  "cli.ingest.no-documents": {
    vi: "Thư mục không có văn bản nào (.txt, .docx, .doc, .odt, .rtf, .pdf, .png, .jpg, .jpeg, .tif, .tiff); thêm --recursive để đọc cả thư mục con.",
    en: "The folder holds no document (.txt, .docx, .doc, .odt, .rtf, .pdf, .png, .jpg, .jpeg, .tif, .tiff); add --recursive to read its subfolders too.",
  },
  "cli.ingest.progress-read": { vi: "đọc", en: "read" },
  "cli.ingest.progress-skipped": { vi: "đã đọc trước đây, bỏ qua", en: "read before, skipped" },
  "cli.ingest.progress-copy": {
    vi: "cùng nội dung với {file}, bỏ qua",
    en: "same content as {file}, skipped",
  },
  "cli.ingest.done": {
    vi: "{files} tệp: {read} đọc, {skipped} bỏ qua (đã đọc), {failed} có lỗi. {written} kế hoạch mới ghi vào {out} (tổng {total}).",
    en: "{files} file(s): {read} read, {skipped} skipped (read before), {failed} with errors. {written} new plan(s) written to {out} ({total} in all).",
  },
  "cli.ingest.review": {
    vi: "Hàng chờ rà soát: {csv}, {json} ({rows} dòng, {check} cần xem lại).",
    en: "Review queue: {csv}, {json} ({rows} row(s), {check} to check).",
  },
} as const satisfies MessageCatalogue;
