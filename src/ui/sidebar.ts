// The entry sidebar (placeholder until the data-entry issue).
export {};
