import ts from "typescript";

/** A spread argument in a call (`f(...xs)`, `new F(...xs)`) that is not known to be bounded. */
export interface SpreadArgument {
  readonly file: string;
  /** 1-based line and column of the spread. */
  readonly line: number;
  readonly column: number;
  /** The call's text, cut to one short line. */
  readonly call: string;
}

/** The comment that marks a reviewed spread argument as bounded, with its reason after the colon. */
export const BOUNDED_MARK = "bounded-spread:";

/**
 * Callees whose spread arguments are bounded by their use: fast-check's
 * `constantFrom` picks from a test's own short list of values.
 */
const BOUNDED_CALLEES = new Set(["fc.constantFrom"]);

/**
 * The spread arguments of calls in one TypeScript source that may be
 * unbounded. A call's arguments go on the stack, so `issues.push(...xs)` or
 * `Math.max(...xs)` throws "Maximum call stack size exceeded" once `xs` has
 * some 100,000 items. A spread is known to be bounded, and so allowed, when
 * it spreads an array or string literal (`f(...[a, b])`), the callee is
 * `fc.constantFrom` (a property test's own list of values), a module-level `const`
 * bound to an array literal in the same file (`fc.constantFrom(...PIECES)`),
 * a rest parameter passed on (`(...parts) => join(tmp, ...parts)`: its
 * items came as arguments, so they already fit the stack), or when the line before it (or its own line) carries a
 * `// bounded-spread: <reason>` comment. Array literals (`[...a, ...b]`)
 * and object spreads are not calls, so never reported.
 *
 * @param file - the file's name, for the report
 * @param text - its source
 * @returns the spread arguments found, in order
 * @example
 * findSpreadArguments("a.ts", "out.push(...rows);")
 * // [{ file: "a.ts", line: 1, column: 10, call: "out.push(...rows)" }]
 * findSpreadArguments("a.ts", "const XS = [1, 2];\nMath.max(...XS);") // []
 */
export function findSpreadArguments(file: string, text: string): SpreadArgument[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
  const lines = text.split("\n");
  const literalConstants = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer) {
        if (ts.isArrayLiteralExpression(unwrap(declaration.initializer))) {
          literalConstants.add(declaration.name.text);
        }
      }
    }
  }
  const found: SpreadArgument[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments) {
      for (const argument of node.arguments) {
        if (!ts.isSpreadElement(argument)) continue;
        const spread = unwrap(argument.expression);
        if (ts.isArrayLiteralExpression(spread) || ts.isStringLiteralLike(spread)) continue;
        if (BOUNDED_CALLEES.has(node.expression.getText(source))) continue;
        if (ts.isIdentifier(spread) && (literalConstants.has(spread.text) || isRestParameter(spread)))
          continue;
        const { line, character } = source.getLineAndCharacterOfPosition(argument.getStart(source));
        if (marked(lines, line)) continue;
        const call = node.getText(source).replace(/\s+/g, " ");
        found.push({
          file,
          line: line + 1,
          column: character + 1,
          call: call.length > 80 ? `${call.slice(0, 77)}...` : call,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (
    ts.isAsExpression(current) ||
    ts.isParenthesizedExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isTypeAssertionExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

function isRestParameter(name: ts.Identifier): boolean {
  for (let node: ts.Node | undefined = name.parent; node; node = node.parent) {
    if (!ts.isFunctionLike(node)) continue;
    for (const parameter of node.parameters) {
      if (parameter.dotDotDotToken && ts.isIdentifier(parameter.name) && parameter.name.text === name.text) {
        return true;
      }
    }
  }
  return false;
}

function marked(lines: readonly string[], line: number): boolean {
  return [line, line - 1].some((i) => i >= 0 && (lines[i] ?? "").includes(BOUNDED_MARK));
}

function scriptKind(file: string): ts.ScriptKind {
  if (file.endsWith(".tsx")) return ts.ScriptKind.TSX;
  if (file.endsWith(".js") || file.endsWith(".mjs") || file.endsWith(".cjs")) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}
