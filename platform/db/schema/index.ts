// The one place that lists every table, for Drizzle's relational API and drizzle-kit.
export * from "./audit";
export * from "./competitions";
export * from "./contact";
export * from "./contracts";
export * from "./evaluation";
export * from "./events";
export * from "./files";
export * from "./identity";
export * from "./mail";
export * from "./news";
export * from "./offers";
export * from "./organizations";
export * from "./reports";
export * from "./tenancy";
export * from "./updates";
