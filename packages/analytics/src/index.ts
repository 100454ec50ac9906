export * from "./charts/index";
export * from "./compare/index";
export * from "./export/index";
export * from "./gaps/index";
export * from "./labels/index";
export * from "./similarity/index";
export * from "./tables/index";
