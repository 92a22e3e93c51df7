// Who may do what, failing closed (design §8): the admins are the accounts in `Email quản trị` and
// the spreadsheet's owner; a blank list, a missing `Cài đặt` or an unknown (blank) user e-mail
// never grants anything.
import type { Settings, Unit } from "../core/schemas";
import type { Spreadsheet } from "./spreadsheet";

export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail().trim();
  } catch {
    return "";
  }
}

/** The owner's address; "" on a shared drive (no owner) or where Apps Script hides it. */
export function ownerEmail(ss: Spreadsheet): string {
  try {
    return ss.getOwner()?.getEmail().trim() ?? "";
  } catch {
    return "";
  }
}

/** Whether an address is in a list, ignoring case; an unknown (empty) address never is. */
export function isListed(list: string[], email: string): boolean {
  const e = email.toLowerCase();
  return e !== "" && list.some((a) => a.toLowerCase() === e);
}

export function isAdmin(settings: Settings, email: string, owner: string): boolean {
  return isListed([...settings.adminEmails, owner], email);
}

export interface Caller {
  email: string;
  owner: string;
  admin: boolean;
}

/** Who is running the code, and whether they are an admin. */
export function caller(ss: Spreadsheet, settings: Settings): Caller {
  const email = activeUserEmail();
  const owner = ownerEmail(ss);
  return { email, owner, admin: isAdmin(settings, email, owner) };
}

/**
 * The units a user may enter for: every active unit for an admin (or the owner), their own (by
 * e-mail in `Đơn vị`) for a clerk, none for anyone else. A blank list or e-mail grants nothing.
 */
export function unitsFor(
  units: Unit[],
  settings: Settings,
  email: string,
  owner: string,
): { units: Unit[]; admin: boolean } {
  const active = units.filter((u) => u.active);
  if (isAdmin(settings, email, owner)) return { units: active, admin: true };
  return { units: active.filter((u) => isListed([...u.emails, ...u.headEmails], email)), admin: false };
}
