import { TableFormatError } from "../TableFormatError";

/** A record of a CSV file: its cells (null for an unquoted empty cell) and the line it starts on. */
export interface CsvRecord {
  readonly cells: (string | null)[];
  readonly line: number;
}

/**
 * The records of RFC 4180 CSV text, keeping the difference d3-dsv drops
 * between an empty cell (null) and a quoted empty string `""` (the empty
 * string), the convention of PostgreSQL and DuckDB. Accepts a leading BOM and
 * LF, CRLF or CR line ends; skips blank lines. Throws `table.bad-file` on a
 * quote that is never closed or a quote inside an unquoted cell.
 */
export function parseCsv(input: string, file: string): CsvRecord[] {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const length = text.length;
  let i = 0;
  let line = 1;
  while (i < length) {
    const start = line;
    const cells: (string | null)[] = [];
    for (;;) {
      let cell: string | null;
      if (text[i] === '"') {
        let value = "";
        let from = i + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote < 0) {
            throw new TableFormatError("table.bad-file", file, "a quoted cell is never closed", {
              line: start,
            });
          }
          value += text.slice(from, quote);
          if (text[quote + 1] === '"') {
            value += '"';
            from = quote + 2;
          } else {
            i = quote + 1;
            break;
          }
        }
        line += countLineEnds(value);
        cell = value;
      } else {
        let end = i;
        while (end < length && text[end] !== "," && text[end] !== "\n" && text[end] !== "\r") end++;
        const value = text.slice(i, end);
        if (value.includes('"')) {
          throw new TableFormatError("table.bad-file", file, `a quote inside an unquoted cell: ${value}`, {
            line: start,
          });
        }
        i = end;
        cell = value === "" ? null : value;
      }
      cells.push(cell);
      const next = text[i];
      if (next === ",") {
        i++;
        continue;
      }
      if (next === "\r") i += text[i + 1] === "\n" ? 2 : 1;
      else if (next === "\n") i++;
      else if (next !== undefined) {
        throw new TableFormatError("table.bad-file", file, `unexpected text after a closing quote: ${next}`, {
          line: start,
        });
      }
      line++;
      break;
    }
    if (!(cells.length === 1 && cells[0] === null)) records.push({ cells, line: start });
  }
  return records;
}

function countLineEnds(value: string): number {
  return value.match(/\r\n|\r|\n/g)?.length ?? 0;
}
