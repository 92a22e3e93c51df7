// Progress lines on stderr, only on a terminal: stdout stays clean for --json and pipes.

export interface Progress {
  step(text: string): void;
  done(): void;
}

export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { step() {}, done() {} };
  let shown = false;
  return {
    step(text) {
      stream.write(`\r\x1b[2K${text}`);
      shown = true;
    },
    done() {
      if (shown) stream.write("\r\x1b[2K");
      shown = false;
    },
  };
}
