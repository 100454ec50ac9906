import type { MessageCatalogue } from "@parcomms/core";

/**
 * The messages of a file or folder the system would not read (lỗi hệ thống
 * khi đọc tệp), in Vietnamese and English, each naming the path and what
 * happened, with the system's code (`EACCES`) kept as `{errno}`; spread into
 * the ingest catalogue `ioMessages`. Made by {@link fileSystemIssue}.
 *
 * @example
 * fileSystemMessages["io.permission-denied"].en // "No permission to read {path} ({errno}). …"
 */
export const fileSystemMessages = {
  "io.permission-denied": {
    vi: "Không có quyền đọc {path} ({errno}). Hãy cấp quyền đọc cho người dùng đang chạy lệnh, hoặc chép tệp sang chỗ khác.",
    en: "No permission to read {path} ({errno}). Give the user running the command read access, or copy the file elsewhere.",
  },
  "io.is-a-folder": {
    vi: "{path} là một thư mục, không phải tệp ({errno}).",
    en: "{path} is a folder, not a file ({errno}).",
  },
  "io.not-a-folder": {
    vi: "Một phần của đường dẫn {path} là tệp chứ không phải thư mục ({errno}).",
    en: "Part of the path {path} is a file, not a folder ({errno}).",
  },
  "io.too-many-open-files": {
    vi: "Không mở được {path}: hệ thống đang mở quá nhiều tệp ({errno}). Hãy đọc ít tệp hơn mỗi lần, hoặc nâng giới hạn (ulimit -n).",
    en: "{path} cannot be opened: too many files are open ({errno}). Read fewer files at a time, or raise the limit (ulimit -n).",
  },
  "io.link-loop": {
    vi: "Không đọc được {path}: các liên kết tượng trưng tạo thành vòng lặp ({errno}).",
    en: "{path} cannot be read: its symbolic links form a loop ({errno}).",
  },
  "io.not-a-file": {
    vi: "{path} không phải tệp thông thường mà là {kind}; không đọc để khỏi treo lệnh. Hãy lưu nội dung ra một tệp rồi đọc tệp đó.",
    en: "{path} is not a regular file but {kind}; it is not read, so the command cannot hang. Save its content to a file and read that.",
  },
  "io.system-error": {
    vi: "Hệ thống không đọc được {path} ({errno}: {detail}).",
    en: "The system could not read {path} ({errno}: {detail}).",
  },
} as const satisfies MessageCatalogue;
