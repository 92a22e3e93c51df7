// A small streaming XML tokenizer for the parts of an .xlsx: bytes go in chunk by chunk and are
// decoded with a streaming TextDecoder, so a UTF-8 character split between two chunks stays whole.
// It knows elements, attributes, text, entities and CDATA, which is all SpreadsheetML uses.

export interface XmlHandler {
  /** `s.slice(start, end)` is the tag without `<`, `>` and the closing `/`: name then attributes. */
  open(name: string, s: string, start: number, end: number, selfClosing: boolean): void;
  close(name: string): void;
  /** Called only while `wantsText` is true, with text already decoded (entities, CDATA). */
  text(text: string): void;
  wantsText: boolean;
}

/** The XML is malformed. */
export class XmlError extends Error {}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (text.indexOf("&") === -1) return text;
  return text.replace(ENTITY, (all, body: string) => {
    if (body.charCodeAt(0) === 35 /* # */) {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED[body] ?? all;
  });
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** The decoded value of attribute `key` in `s.slice(start, end)`, or undefined. */
export function attr(s: string, start: number, end: number, key: string): string | undefined {
  let i = start;
  for (;;) {
    i = s.indexOf(key, i);
    if (i === -1 || i >= end) return undefined;
    const after = i + key.length;
    if (isSpace(s.charCodeAt(i - 1)) && s.charCodeAt(after) === 61 /* = */) {
      const quote = s.charCodeAt(after + 1);
      if (quote === 34 || quote === 39) {
        const close = s.indexOf(quote === 34 ? '"' : "'", after + 2);
        if (close === -1 || close > end) return undefined;
        return decodeEntities(s.slice(after + 2, close));
      }
    }
    i = after;
  }
}

export class XmlScanner {
  private decoder = new TextDecoder("utf-8", { fatal: true });
  private rest = "";

  constructor(private readonly handler: XmlHandler) {}

  write(bytes: Uint8Array): void {
    let chunk: string;
    try {
      chunk = this.decoder.decode(bytes, { stream: true });
    } catch {
      throw new XmlError("invalid UTF-8");
    }
    this.scan(this.rest + chunk);
  }

  end(): void {
    this.scan(this.rest + this.decoder.decode());
    if (this.rest.trim()) throw new XmlError("unexpected end of XML");
  }

  private scan(s: string): void {
    const h = this.handler;
    let i = 0;
    const n = s.length;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt === -1) break; // text up to the next tag: wait for it
      if (lt > i && h.wantsText) h.text(decodeEntities(s.slice(i, lt)));
      const c1 = s.charCodeAt(lt + 1);
      if (Number.isNaN(c1)) {
        i = lt;
        break;
      }
      if (c1 === 33 /* ! */) {
        if (s.startsWith("<![CDATA[", lt)) {
          const close = s.indexOf("]]>", lt + 9);
          if (close === -1) {
            i = lt;
            break;
          }
          if (h.wantsText) h.text(s.slice(lt + 9, close));
          i = close + 3;
          continue;
        }
        if (s.startsWith("<!--", lt)) {
          const close = s.indexOf("-->", lt + 4);
          if (close === -1) {
            i = lt;
            break;
          }
          i = close + 3;
          continue;
        }
        if (lt + 9 > n) {
          i = lt;
          break;
        }
      }
      const gt = s.indexOf(">", lt);
      if (gt === -1) {
        i = lt;
        break;
      }
      i = gt + 1;
      if (c1 === 63 /* ? */ || c1 === 33) continue; // declaration, DOCTYPE
      if (c1 === 47 /* / */) {
        h.close(localName(s.slice(lt + 2, gt).trimEnd()));
        continue;
      }
      const selfClosing = s.charCodeAt(gt - 1) === 47;
      const end = selfClosing ? gt - 1 : gt;
      let e = lt + 1;
      while (e < end) {
        const c = s.charCodeAt(e);
        if (isSpace(c)) break;
        e++;
      }
      h.open(localName(s.slice(lt + 1, e)), s, e, end, selfClosing);
    }
    this.rest = i < n ? s.slice(i) : "";
  }
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}
