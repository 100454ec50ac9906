/** `@tesseract.js-data/vie` (CommonJS, no types): where its fast model lies in node_modules. */
declare module "@tesseract.js-data/vie" {
  export const code: string;
  export const gzip: boolean;
  /** The folder of `vie.traineddata.gz`, the fast model (`4.0.0`); `4.0.0_best_int` is beside it. */
  export const langPath: string;
}
