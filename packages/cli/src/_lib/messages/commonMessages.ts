import type { MessageCatalogue } from "@parcomms/core";

/**
 * The messages every command shares: the main help, the version line, the
 * usage errors of the command line itself, the severity words of an issue
 * line, and the failures to write or to run. The `usage.*` and `io.*` codes
 * a person sees are the UsageError's and the issue's; the catalogue's codes
 * are `cli.*` so that no two catalogues share one.
 */
export const commonMessages = {
  "cli.main.help": {
    vi: `parcomms {version}: phân tích kế hoạch tuyên truyền cải cách hành chính (CCHC)

Cách dùng: parcomms <lệnh> [tùy chọn] [--lang vi|en]

Các lệnh:
{commands}

Đầu vào: tệp JSON (một kế hoạch hoặc một mảng), JSON Lines (.jsonl), các bảng
CSV hoặc Arrow của ParComms (cả thư mục, hoặc từng tệp), văn bản kế hoạch
(.txt, .docx, .doc, .odt, .rtf, .pdf, ảnh quét; đọc thành bản nháp), hoặc thư
mục chứa chúng.

  parcomms <lệnh> --help   trợ giúp và ví dụ của một lệnh
  parcomms --version       phiên bản
  --lang en                thông báo bằng tiếng Anh (mặc định tiếng Việt)

Mã thoát: 0 thành công, 1 dữ liệu có lỗi, 2 dòng lệnh sai.
`,
    en: `parcomms {version}: analyse plans for communicating administrative reform (CCHC)

Usage: parcomms <command> [options] [--lang vi|en]

Commands:
{commands}

Inputs: JSON files (one plan or an array), JSON Lines (.jsonl), the ParComms
CSV or Arrow tables (a whole folder, or the files), a plan's text (.txt, .docx,
.doc, .odt, .rtf, .pdf, scans; read into a draft), or folders holding them.

  parcomms <command> --help   help and examples of a command
  parcomms --version          version
  --lang vi                   messages in Vietnamese (the default)

Exit codes: 0 success, 1 the data has errors, 2 bad command line.
`,
  },
  "cli.main.version": {
    vi: "parcomms {version} (plan schema {schema})",
    en: "parcomms {version} (plan schema {schema})",
  },
  "cli.main.see-help": { vi: "Xem: {command} --help", en: "See: {command} --help" },
  "cli.severity.error": { vi: "lỗi", en: "error" },
  "cli.severity.warning": { vi: "cảnh báo", en: "warning" },
  "cli.severity.info": { vi: "ghi chú", en: "info" },
  "cli.usage.bad-language": { vi: "--lang phải là vi hoặc en.", en: "--lang must be vi or en." },
  "cli.usage.unknown-command": {
    vi: "Không có lệnh {name}; các lệnh: {commands}.",
    en: "No command {name}; the commands are: {commands}.",
  },
  "cli.usage.unknown-option": { vi: "Tùy chọn không hợp lệ: {reason}", en: "Unknown option: {reason}" },
  "cli.usage.bad-option": { vi: "Tùy chọn sai: {reason}", en: "Bad option: {reason}" },
  "cli.usage.bad-choice": {
    vi: "--{option} phải là một trong: {allowed} (nhận được {got}).",
    en: "--{option} must be one of: {allowed} (got {got}).",
  },
  "cli.usage.no-input": {
    vi: "Cần ít nhất một tệp hoặc thư mục kế hoạch.",
    en: "Give at least one plan file or folder.",
  },
  "cli.internal": { vi: "Lỗi không mong đợi: {reason}", en: "Unexpected failure: {reason}" },
  "cli.io.cannot-write": { vi: "Không ghi được: {reason}.", en: "Cannot write: {reason}." },
} as const satisfies MessageCatalogue;
