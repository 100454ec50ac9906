/**
 * Progress of the synthetic dataset of an era.
 *
 * @example
 * const status: SyntheticStatus = { state: "generating", done: 387, total: 10794 };
 */
export type SyntheticStatus =
  | { readonly state: "off" }
  | {
      readonly state: "generating";
      readonly done: number;
      readonly total: number;
    }
  | { readonly state: "ready"; readonly count: number; readonly ms: number }
  | { readonly state: "failed"; readonly message: string };
