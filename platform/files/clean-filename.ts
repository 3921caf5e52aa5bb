import { ALLOWED_FILE_TYPES, type FileKind } from "./sniff-content-type";

/** The longest name kept, in characters (the extension survives the cut). */
export const MAX_FILENAME_LENGTH = 120;
const MAX_EXTENSION_LENGTH = 10;
const FALLBACK = "plik";

// C0 and C1 controls, and the bidirectional overrides that let "gpj.exe" pass for "exe.jpg".
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A name safe to show and to offer as a download: only the last segment of any path (either
 * slash), no control or bidi characters, no leading dots (hidden files, "..") or trailing dots
 * and spaces, at most MAX_FILENAME_LENGTH characters. Polish letters stay. Empty becomes "plik".
 * It is never used as a storage path: those are generated.
 */
export function cleanFilename(name: string): string {
  const lastSegment = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = lastSegment
    .replace(UNSAFE, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+/, "")
    .replace(/[\s.]+$/, "");
  if (!cleaned) return FALLBACK;
  return shorten(cleaned);
}

/**
 * The name with the extension its sniffed kind has ("umowa.exe" holding a PDF becomes
 * "umowa.exe.pdf"), so the saved file opens in the program its content is for.
 */
export function withExtensionOf(name: string, kind: FileKind): string {
  const extensions: readonly string[] = ALLOWED_FILE_TYPES[kind].extensions;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  if (extensions.includes(extension)) return name;
  return `${shorten(name, MAX_FILENAME_LENGTH - extensions[0]!.length - 1)}.${extensions[0]}`;
}

function shorten(name: string, max = MAX_FILENAME_LENGTH): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? [...name.slice(dot)] : [];
  if (extension.length > 1 && extension.length <= MAX_EXTENSION_LENGTH + 1) {
    const base = [...name.slice(0, dot)]
      .slice(0, max - extension.length)
      .join("")
      .trimEnd();
    return `${base}${extension.join("")}`;
  }
  return chars.slice(0, max).join("").trimEnd();
}
