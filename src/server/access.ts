// Who may do what: when `Email quản trị` is filled, only those users may set up, rank and send.
import type { Settings } from "../core/schemas";

export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail().trim();
  } catch {
    return "";
  }
}

/** Whether an address is in a list, ignoring case; an unknown (empty) address never is. */
export function isListed(list: string[], email: string): boolean {
  const e = email.toLowerCase();
  return e !== "" && list.some((a) => a.toLowerCase() === e);
}

export function isAdmin(settings: Settings, email: string): boolean {
  return settings.adminEmails.length === 0 || isListed(settings.adminEmails, email);
}
