// The limits of what the *Nhập từ tệp xuất* dialog sends (src/core/import/api.ts), in a module of
// their own so the dialog can check an uploaded CSV against them without bundling the schemas.

/** An uploaded CSV, parsed in the browser: at most this many rows and columns (a province has 150 units). */
export const MAX_IMPORT_ROWS = 6000;
export const MAX_IMPORT_COLUMNS = 200;
/** The longest text a cell or name of the request may hold. */
export const MAX_IMPORT_TEXT = 500;
