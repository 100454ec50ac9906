import { createReadStream, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, win32 } from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";

/** Where the Chromium that runs the notebook's browser tests came from. */
export type ChromiumSource = "PARCOMMS_CHROMIUM" | "system" | "npm";

/** A Chromium to launch: its executable and the environment it needs. */
export interface ChromiumFound {
  readonly executablePath: string;
  readonly source: ChromiumSource;
  /** Extra environment for the browser process (the npm build's libraries and fonts). */
  readonly env: Readonly<Record<string, string>>;
}

/** What {@link findChromium} looks at; every field defaults to this machine. */
export interface FindChromiumOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly platform?: NodeJS.Platform;
  readonly arch?: string;
  readonly exists?: (path: string) => boolean;
  /** Unpacks the Chromium shipped in the npm registry (`@sparticuz/chromium`, Linux x64 only). */
  readonly unpackNpmChromium?: () => Promise<ChromiumFound>;
}

/** No Chromium could be found: the message is the one line a person needs. */
export class ChromiumNotFoundError extends Error {
  override readonly name = "ChromiumNotFoundError";
  constructor(message: string) {
    super(message);
    // One clear line in the test report, not a stack trace.
    this.stack = `${this.name}: ${message}`;
  }
}

const HOW_TO_INSTALL =
  "set PARCOMMS_CHROMIUM to a Chrome or Chromium executable, or install one " +
  "(Debian/Ubuntu: apt-get install chromium; macOS: Google Chrome in /Applications; " +
  "Windows: Google Chrome)";

/** The usual places of a system Chrome or Chromium, by platform. */
export function systemChromiumPaths(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  if (platform === "darwin") {
    const apps = ["/Applications", ...(env.HOME ? [join(env.HOME, "Applications")] : [])];
    return apps.flatMap((dir) => [
      `${dir}/Google Chrome.app/Contents/MacOS/Google Chrome`,
      `${dir}/Chromium.app/Contents/MacOS/Chromium`,
      `${dir}/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing`,
    ]);
  }
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root),
    );
    return roots.flatMap((root) => [
      win32.join(root, "Google", "Chrome", "Application", "chrome.exe"),
      win32.join(root, "Chromium", "Application", "chrome.exe"),
    ]);
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/opt/google/chrome/chrome",
    "/snap/bin/chromium",
  ];
}

/**
 * Finds a Chromium for the notebook's browser tests, the way users expect:
 * `PARCOMMS_CHROMIUM` if set (and then it must exist), else a system Chrome
 * or Chromium on the usual paths, else on Linux x64 the Chromium that arrives
 * through the npm registry as a dev dependency (`@sparticuz/chromium`,
 * unpacked to the temporary folder on first use). Where none can be had it
 * throws a {@link ChromiumNotFoundError} saying what to install.
 *
 * @example
 * const { executablePath, env } = await findChromium();
 * await chromium.launch({ executablePath, env: { ...process.env, ...env } });
 */
export async function findChromium(options: FindChromiumOptions = {}): Promise<ChromiumFound> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const exists = options.exists ?? existsSync;

  const chosen = env.PARCOMMS_CHROMIUM;
  if (chosen) {
    if (exists(chosen)) return { executablePath: chosen, source: "PARCOMMS_CHROMIUM", env: {} };
    throw new ChromiumNotFoundError(
      `PARCOMMS_CHROMIUM is set to ${chosen}, which does not exist: ${HOW_TO_INSTALL}.`,
    );
  }
  const system = systemChromiumPaths(platform, env).find((path) => exists(path));
  if (system) return { executablePath: system, source: "system", env: {} };
  if (platform === "linux" && arch === "x64") {
    return (options.unpackNpmChromium ?? unpackNpmChromium)();
  }
  throw new ChromiumNotFoundError(
    `No Chrome or Chromium found for the notebook's browser tests on ${platform} ${arch}: ${HOW_TO_INSTALL}.`,
  );
}

/**
 * Unpacks `@sparticuz/chromium` (a Linux x64 Chromium inside its npm package)
 * with the libraries and fonts it ships, so that it runs on a machine that
 * has neither (its own unpacking adds them only on AWS Lambda).
 */
export async function unpackNpmChromium(): Promise<ChromiumFound> {
  const { default: Chromium } = await import("@sparticuz/chromium");
  const executablePath = await Chromium.executablePath();
  // The package's entry is build/<format>/index.*: three folders up is the package, with its bin folder.
  const bin = join(
    dirname(dirname(dirname(createRequire(import.meta.url).resolve("@sparticuz/chromium")))),
    "bin",
  );
  const libDir = join(tmpdir(), "al2023", "lib");
  if (!existsSync(join(libDir, "libnss3.so")))
    await unpackTarBrotli(join(bin, "al2023.tar.br"), join(tmpdir(), "al2023"));
  return {
    executablePath,
    source: "npm",
    env: { LD_LIBRARY_PATH: libDir, FONTCONFIG_PATH: join(tmpdir(), "fonts") },
  };
}

async function unpackTarBrotli(archive: string, into: string): Promise<void> {
  const { extract } = await import("tar-fs");
  await pipeline(createReadStream(archive), createBrotliDecompress(), extract(into));
}
