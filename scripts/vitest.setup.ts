// Tests never reach the network: any fetch fails loudly instead of hanging or
// silently depending on a remote host.
globalThis.fetch = (input: unknown) => {
  throw new Error(`network access is disabled in tests (fetch ${String(input)})`);
};
