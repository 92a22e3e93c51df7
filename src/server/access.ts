// Who may do what: when `Email quản trị` is filled, only those users may set up, rank and send.
import type { Settings } from "../core/schemas";

export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail().trim();
  } catch {
    return "";
  }
}

export function isAdmin(settings: Settings, email: string): boolean {
  if (settings.adminEmails.length === 0) return true;
  const e = email.toLowerCase();
  return e !== "" && settings.adminEmails.some((a) => a.toLowerCase() === e);
}
