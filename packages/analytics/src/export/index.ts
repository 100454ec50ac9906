export { type CsvTable, type TableToCsvOptions, tableToCsv } from "./tableToCsv";
