/** Splits `--peers a b c` (every argument after it up to the next option) off the arguments. */
export function splitPeers(args: readonly string[]): { rest: string[]; peers: string[] | undefined } {
  const rest: string[] = [];
  let peers: string[] | undefined;
  let inPeers = false;
  for (const arg of args) {
    if (arg === "--peers") {
      inPeers = true;
      peers ??= [];
    } else if (arg.startsWith("--peers=")) {
      inPeers = false;
      peers = [...(peers ?? []), arg.slice("--peers=".length)];
    } else if (inPeers && !arg.startsWith("-")) peers?.push(arg);
    else {
      inPeers = false;
      rest.push(arg);
    }
  }
  return { rest, peers };
}
