// Decides whether bytes are a text document and turns them into normalised text.

export type Decoded = { ok: true; text: string; bom: boolean } | { ok: false; reason: string; offset: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8, refusing binary data (NUL bytes or invalid sequences) with the byte offset of the first bad byte. */
export function decode(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: 'binary data (NUL byte)', offset: nul };
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8', offset: firstInvalidUtf8(bytes) };
  }
  const bom = raw.charCodeAt(0) === 0xfeff;
  const body = bom ? raw.slice(1) : raw;
  // \r\n and lone \r both become \n: lines and columns stay where they were in the file.
  return { ok: true, text: body.replace(/\r\n?/g, '\n'), bom };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

/** 1-based line of a byte offset, for error messages about files that could not be decoded. */
export function byteLine(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}
