/*
 * No iCalendar library is installed (checked: no ical.js, node-ical), so this file holds a strict
 * minimal RFC 5545 reader: it refuses bare LF, lines over 75 octets and unescaped characters, unfolds
 * continuation lines, splits properties and unescapes TEXT values. ics.test.ts and the route tests use it.
 */

export interface ParsedProperty {
  name: string;
  params: string;
  value: string;
}

/** Parses a VCALENDAR strictly; returns its properties and its VEVENTs' properties. */
export function parseIcs(text: string): { calendar: ParsedProperty[]; events: ParsedProperty[][] } {
  if (!text.endsWith("\r\n")) throw new Error("must end with CRLF");
  if (/[^\r]\n/.test(text) || /\r[^\n]/.test(text)) throw new Error("bare LF or CR");
  const raw = text.slice(0, -2).split("\r\n");
  for (const line of raw)
    if (new TextEncoder().encode(line).length > 75) throw new Error(`line over 75 octets: ${line}`);
  const lines: string[] = [];
  for (const line of raw) {
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (lines.length === 0) throw new Error("continuation first");
      lines[lines.length - 1] += line.slice(1);
    } else lines.push(line);
  }
  const props = lines.map((line) => {
    const m = /^([A-Z][A-Z0-9-]*)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${line}`);
    return { name: m[1] ?? "", params: m[2] ?? "", value: m[3] ?? "" };
  });
  if (props[0]?.value !== "VCALENDAR" || props.at(-1)?.value !== "VCALENDAR")
    throw new Error("not a VCALENDAR");
  const calendar: ParsedProperty[] = [];
  const events: ParsedProperty[][] = [];
  let current: ParsedProperty[] | null = null;
  for (const p of props.slice(1, -1)) {
    if (p.name === "BEGIN" && p.value === "VEVENT") current = [];
    else if (p.name === "END" && p.value === "VEVENT") {
      if (!current) throw new Error("END without BEGIN");
      events.push(current);
      current = null;
    } else (current ?? calendar).push(p);
  }
  if (current) throw new Error("unterminated VEVENT");
  for (const event of events) checkEvent(event);
  return { calendar, events };
}

const TEXT_PROPS = new Set(["SUMMARY", "DESCRIPTION", "LOCATION"]);
const UTC = /^\d{8}T\d{6}Z$/;

function checkEvent(event: ParsedProperty[]) {
  for (const required of ["UID", "DTSTAMP", "DTSTART"])
    if (event.filter((p) => p.name === required).length !== 1)
      throw new Error(`${required} must appear once`);
  for (const p of event) {
    if (["DTSTAMP", "DTSTART", "DTEND", "LAST-MODIFIED"].includes(p.name) && !UTC.test(p.value))
      throw new Error(`${p.name} not a UTC date-time: ${p.value}`);
    // In TEXT, ; and , must be escaped and a backslash may only start \\ \; \, \n \N.
    if (TEXT_PROPS.has(p.name) && !wellEscaped(p.value))
      throw new Error(`${p.name} badly escaped: ${p.value}`);
  }
}

function wellEscaped(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === ";" || c === ",") return false;
    if (c === "\\") {
      if (!"\\;,nN".includes(value[i + 1] ?? "x")) return false;
      i++;
    }
  }
  return true;
}

/** The unescaped TEXT value of a property. */
export function textOf(event: ParsedProperty[], name: string): string | undefined {
  const p = event.find((x) => x.name === name);
  return p?.value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}
