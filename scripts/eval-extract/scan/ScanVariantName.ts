/** The scan variants: each plan printed, signed, stamped and scanned at 300 or 200 dpi. */
export type ScanVariantName = "scan-300" | "scan-200";
