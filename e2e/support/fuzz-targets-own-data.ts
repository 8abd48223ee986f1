// The routes and pages of corrections, rules and export and backup (issue 14), for the fuzz run.
export const OWN_DATA_ROUTES = [
  "/api/transactions/export",
  "/api/transactions/xyz/correction",
  "/api/rules",
  "/api/rules/preview",
  "/api/rules/xyz",
  "/api/rules/xyz/move",
  "/api/backup",
  "/api/import",
];
export const OWN_DATA_PAGES = ["/rules", "/rules?from=xyz"];
