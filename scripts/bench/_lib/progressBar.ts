/**
 * A progress callback for long steps: a bar redrawn in place on a TTY stderr, nothing otherwise (CI logs
 * stay clean). Call with (done, total); it ends the line when done reaches total.
 *
 * @example
 * generateNationalDataset({ era: "three-tier", seed: 1, onProgress: progressBar("generating plans") })
 */
export function progressBar(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): (done: number, total: number) => void {
  if (!stream.isTTY) return () => {};
  const width = 30;
  let last = -1;
  return (done, total) => {
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(share * width);
    if (filled === last && done < total) return;
    last = filled;
    stream.write(
      `\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done.toLocaleString("en")}/${total.toLocaleString("en")}`,
    );
    if (done >= total) stream.write("\n");
  };
}
