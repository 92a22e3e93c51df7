// Plausibility bounds on figures, shared by the sheet reader and the sidebar: a figure outside
// them is refused with its cell, so no absurd number (1e308 documents) reaches a sum, a score or
// a sheet. Percents are bounded by 100 % where they are read.

/** A count above a billion (documents, incidents, dossiers in a month) is a typing error. */
export const MAX_COUNT = 1_000_000_000;
