import { describe, expect, it } from "vitest";
import { ChromiumNotFoundError, findChromium, systemChromiumPaths } from "./findChromium";

const npm = {
  executablePath: "/tmp/chromium",
  source: "npm" as const,
  env: { LD_LIBRARY_PATH: "/tmp/al2023/lib" },
};
const unpackNpmChromium = () => Promise.resolve(npm);

describe("findChromium", () => {
  it("takes PARCOMMS_CHROMIUM first, before a system Chromium", async () => {
    const found = await findChromium({
      env: { PARCOMMS_CHROMIUM: "/opt/chrome/chrome" },
      platform: "linux",
      arch: "x64",
      exists: (path) => path === "/opt/chrome/chrome" || path === "/usr/bin/chromium",
      unpackNpmChromium,
    });
    expect(found).toEqual({ executablePath: "/opt/chrome/chrome", source: "PARCOMMS_CHROMIUM", env: {} });
  });

  it("refuses a PARCOMMS_CHROMIUM that does not exist rather than silently using another", async () => {
    const found = findChromium({
      env: { PARCOMMS_CHROMIUM: "/nowhere/chrome" },
      platform: "linux",
      arch: "x64",
      exists: (path) => path === "/usr/bin/chromium",
      unpackNpmChromium,
    });
    await expect(found).rejects.toThrow(ChromiumNotFoundError);
    await expect(found).rejects.toThrow("PARCOMMS_CHROMIUM is set to /nowhere/chrome, which does not exist");
  });

  it("takes the first system Chromium on the usual Linux paths", async () => {
    const found = await findChromium({
      env: {},
      platform: "linux",
      arch: "x64",
      exists: (path) => path === "/usr/bin/google-chrome-stable" || path === "/snap/bin/chromium",
      unpackNpmChromium,
    });
    expect(found).toEqual({ executablePath: "/usr/bin/google-chrome-stable", source: "system", env: {} });
  });

  it("finds Google Chrome in the user's Applications folder on macOS", async () => {
    const chrome = "/Users/an/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    const found = await findChromium({
      env: { HOME: "/Users/an" },
      platform: "darwin",
      arch: "arm64",
      exists: (path) => path === chrome,
    });
    expect(found.executablePath).toBe(chrome);
  });

  it("falls back to the npm registry's Chromium on Linux x64 with no system browser", async () => {
    const found = await findChromium({
      env: {},
      platform: "linux",
      arch: "x64",
      exists: () => false,
      unpackNpmChromium,
    });
    expect(found).toBe(npm);
  });

  it("says what to install, in one line, where no Chromium can be had", async () => {
    const found = findChromium({
      env: {},
      platform: "linux",
      arch: "arm64",
      exists: () => false,
      unpackNpmChromium,
    });
    const error = await found.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChromiumNotFoundError);
    const { message, stack } = error as Error;
    expect(message).toBe(
      "No Chrome or Chromium found for the notebook's browser tests on linux arm64: set PARCOMMS_CHROMIUM to a Chrome or Chromium executable, or install one (Debian/Ubuntu: apt-get install chromium; macOS: Google Chrome in /Applications; Windows: Google Chrome).",
    );
    expect(stack).toBe(`ChromiumNotFoundError: ${message}`);
  });
});

describe("systemChromiumPaths", () => {
  it("looks under Program Files and the user's local programs on Windows", () => {
    const paths = systemChromiumPaths("win32", {
      PROGRAMFILES: "C:\\Program Files",
      LOCALAPPDATA: "C:\\Users\\an\\AppData\\Local",
    });
    expect(paths).toEqual([
      "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
      "C:\\Program Files\\Chromium\\Application\\chrome.exe",
      "C:\\Users\\an\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe",
      "C:\\Users\\an\\AppData\\Local\\Chromium\\Application\\chrome.exe",
    ]);
  });
});
