// Evidence as the sidebar shows it (design §10): the text a clerk typed, and a link for each
// http(s) address in it — never for `javascript:`, `data:` or `file:`, and never as HTML.
import { safeHttpUrl } from "../core/summary/mail";
import { h } from "./dom";

/** Links shown under an evidence field; the rest of the text is in the field itself. */
const MAX_LINKS = 3;

/** The http(s) addresses of an evidence text, in order, without the punctuation that ends a sentence. */
export function evidenceUrls(text: string): string[] {
  const urls: string[] = [];
  for (const token of text.split(/\s+/)) {
    const url = safeHttpUrl(token.replace(/[.,;:!?)\]}>»”"']+$/, "").replace(/^[(<[«“"']+/, ""));
    if (url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

/** Each address as a link that opens in a new tab and tells the page nothing about the sheet. */
export function evidenceLinks(text: string): HTMLAnchorElement[] {
  return evidenceUrls(text)
    .slice(0, MAX_LINKS)
    .map((url) => {
      const a = h("a", { href: url, target: "_blank", rel: "noopener noreferrer" });
      a.textContent = url;
      return a;
    });
}
