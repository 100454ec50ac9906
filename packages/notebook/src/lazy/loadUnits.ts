type Units = typeof import("./units");

let loaded: Units | undefined;

/**
 * Loads the admin-unit lists (a separate ~150 KB gzipped chunk) once.
 *
 * @example
 * const { childrenOf } = await loadUnits();
 */
export async function loadUnits(): Promise<Units> {
  loaded ??= await import("./units");
  return loaded;
}

/** The admin-unit module when something already loaded it, else undefined (never triggers the load). */
export function unitsIfLoaded(): Units | undefined {
  return loaded;
}
