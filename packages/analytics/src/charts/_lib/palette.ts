/**
 * The Okabe–Ito palette (Okabe & Ito 2008), safe for the common forms of
 * colour blindness; charts take their discrete colours from it only.
 */
export const OKABE_ITO = {
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
  black: "#000000",
} as const;

/** Fill of an empty cell ("not planned", "not applicable"): a light grey that reads as absence. */
export const EMPTY_FILL = "#EEEEEE";

/** Stroke around cells, so light fills stay visible on white. */
export const CELL_STROKE = "#FFFFFF";

/** A sequential single-hue scheme for counts (Plot's "blues"), readable whatever the colour vision. */
export const COUNT_SCHEME = "blues";
