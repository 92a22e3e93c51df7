// Which sheet plays which role (units, data, settings…). Before set-up a role goes by name; after
// it, by the sheet ID that set-up recorded, so a renamed sheet still works and a sheet that merely
// claims a role by its name (a decoy `Units`, `Settings`, `Cài đặt (2)`) is ignored and reported.
import { normalizeHeader, SHEETS, type SheetKey } from "./contract";
import { matchesName } from "./headers";

export interface SheetRef {
  name: string;
  id: number;
}

export interface RoleClaim {
  key: SheetKey;
  /** The sheet that claims the role. */
  name: string;
  /** The sheet that has it (by recorded ID), when there is one. */
  holder?: string;
}

export interface Roles {
  /** Index into the sheets list, by role. */
  byKey: Partial<Record<SheetKey, number>>;
  /** Sheets named for a role that another sheet holds: ignored, and reported by Kiểm tra số liệu. */
  decoys: RoleClaim[];
  /** Roles claimed by two or more sheets by name when no ID decides: an error naming them. */
  duplicates: { key: SheetKey; names: string[] }[];
}

/** `Bản sao của Cài đặt`, `Copy of Settings`, `Cài đặt (2)`, `Cài đặt 2` → `cài đặt`: names meant to pass for a role. */
function baseName(name: string): string {
  return normalizeHeader(name)
    .replace(/^(bản sao của|copy of)\s+/u, "")
    .replace(/\s*(\(\d+\)|\d+)$/u, "")
    .trim();
}

/** True when a sheet's name claims the role, strictly (the role's name or alias) or as a copy of it. */
export function claimsRole(name: string, key: SheetKey): boolean {
  const spec = SHEETS[key];
  if (matchesName(name, spec)) return true;
  const base = baseName(name);
  return base !== "" && [spec.name, ...spec.aliases].some((n) => normalizeHeader(n) === base);
}

/**
 * Resolves each role. A recorded ID that names an existing sheet decides; every other sheet that
 * claims that role is a decoy. Without a recorded ID (before set-up, or offline), the one sheet
 * named exactly for the role has it; two such sheets are a duplicate, and neither is used.
 * A recorded ID whose sheet is gone leaves the role empty: the sheet was deleted, and another sheet
 * named like it must not silently take its place.
 */
export function resolveRoles(sheets: readonly SheetRef[], recorded: Partial<Record<SheetKey, number>> = {}): Roles {
  const byKey: Partial<Record<SheetKey, number>> = {};
  const decoys: RoleClaim[] = [];
  const duplicates: { key: SheetKey; names: string[] }[] = [];
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    const id = recorded[key];
    if (id !== undefined) {
      const held = sheets.findIndex((s) => s.id === id);
      if (held >= 0) byKey[key] = held;
      const holder = held >= 0 ? sheets[held].name : undefined;
      sheets.forEach((s, i) => {
        if (i !== held && claimsRole(s.name, key)) decoys.push({ key, name: s.name, holder });
      });
      continue;
    }
    const exact = sheets.map((s, i) => ({ s, i })).filter(({ s }) => matchesName(s.name, SHEETS[key]));
    if (exact.length === 1) byKey[key] = exact[0].i;
    else if (exact.length > 1) duplicates.push({ key, names: exact.map(({ s }) => s.name) });
  }
  return { byKey, decoys, duplicates };
}
