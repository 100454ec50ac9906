import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { captureIo } from "../_testing/draftPlanFile";
import { terminalIo, writeControl } from "./terminalIo";

const SRC = join(import.meta.dirname, "..");

/** The command line's source files, tests and test helpers left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "_testing" ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every `process.stdout`, `process.stderr`, `console` and import of node:process, node:console or node:tty the file names, read with the TypeScript parser (not a pattern). */
function rawStreams(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const object = node.expression;
      const name = ts.isPropertyAccessExpression(node)
        ? node.name.text
        : ts.isStringLiteral(node.argumentExpression)
          ? node.argumentExpression.text
          : "?";
      if (ts.isIdentifier(object) && object.text === "process" && /^(stdout|stderr|\?)$/.test(name)) {
        found.push(`process.${name}`);
      }
    }
    if (ts.isIdentifier(node) && node.text === "console") found.push("console");
    if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      /^(node:)?(process|console|tty)$/.test(node.moduleSpecifier.text)
    ) {
      found.push(`import "${node.moduleSpecifier.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((what) => `${relative(SRC, path)}: ${what}`);
}

describe("terminalIo", () => {
  it("passes every text written through terminalText, on both streams", () => {
    const raw = captureIo("/");
    const io = terminalIo(raw);
    io.stdout.write("Gia Tân\u001b[2J\n");
    io.stderr.write("\u009b31m\u202e\n");
    expect(raw.out).toEqual(["Gia Tân\\u001b[2J\n"]);
    expect(raw.err).toEqual(["\\u009b31m\\u202e\n"]);
    expect(io.cwd).toBe("/");
  });

  it("writes only its own named controls raw (the progress bar's return and line erase)", () => {
    const raw = captureIo("/");
    const io = terminalIo(raw);
    writeControl(io.stderr, "clearLine", "1/4 tệp a\u001b[8m.txt");
    writeControl(io.stderr, "return");
    expect(raw.err).toEqual(["\r\u001b[2K1/4 tệp a\\u001b[8m.txt", "\r"]);
  });

  it("is the only way out: no command-line source but the bin's main.ts reaches process.stdout, process.stderr, console or node:tty", () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap(rawStreams);
    expect(found).toEqual(["main.ts: process.stdout", "main.ts: process.stderr"]);
  });
});
