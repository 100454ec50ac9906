// Loaded on demand (dynamic import) when the user adds files, so the file
// readers stay out of the first view's JavaScript.
export { readPlanFilesAsync } from "@parcomms/ingest";
