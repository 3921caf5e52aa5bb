import { crc32, deflateRawSync } from "node:zlib";

/*
 * Real minimal files for tests, built byte by byte: a PDF, a PNG, a JPEG, zip-based office
 * documents with a hand-written central directory, executables and a zip bomb.
 */

const text = (s: string) => new TextEncoder().encode(s);

/** A one-page PDF with a correct cross-reference table (any reader opens it). */
export function samplePdf(): Uint8Array {
  const objects = [
    "<</Type/Catalog/Pages 2 0 R>>",
    "<</Type/Pages/Kids[3 0 R]/Count 1>>",
    "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj${object}endobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return text(body);
}

/** A 1×1 transparent PNG. */
export function samplePng(): Uint8Array {
  return Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  );
}

/** A 1×1 JPEG (JFIF, the well-known 134-byte smallest one). */
export function sampleJpeg(): Uint8Array {
  return Buffer.from(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////" +
      "////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=",
    "base64",
  );
}

/** The start of a Linux executable (ELF), as someone might rename it "oferta.pdf". */
export function elfExecutable(): Uint8Array {
  const bytes = new Uint8Array(128);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  return bytes;
}

/** The start of a Windows executable (MZ … PE). */
export function peExecutable(): Uint8Array {
  const bytes = new Uint8Array(256);
  bytes.set([0x4d, 0x5a]);
  bytes.set([0x80, 0, 0, 0], 0x3c);
  bytes.set([0x50, 0x45, 0, 0], 0x80);
  return bytes;
}

export interface ZipInput {
  name: string;
  data: Uint8Array | string;
  /** 0 stored, 8 deflated (default 8). */
  method?: 0 | 8;
  /** Lie about the uncompressed size in the central directory (for zip bombs). */
  declaredSize?: number;
}

/** A zip archive: local headers and data, then the central directory and its end record. */
export function buildZip(inputs: ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const raw = typeof input.data === "string" ? Buffer.from(input.data) : Buffer.from(input.data);
    const method = input.method ?? 8;
    const body = method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(input.name, "utf8");
    const crc = crc32(raw);
    const size = input.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(inputs.length, 8);
  end.writeUInt16LE(inputs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A minimal Word document's package: [Content_Types].xml and word/document.xml. */
export function sampleDocx(): Uint8Array {
  return buildZip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: "<Relationships/>" },
    { name: "word/document.xml", data: "<w:document><w:body><w:p>Statut</w:p></w:body></w:document>" },
  ]);
}

/** A minimal Excel workbook's package: [Content_Types].xml and xl/workbook.xml. */
export function sampleXlsx(): Uint8Array {
  return buildZip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "xl/workbook.xml", data: "<workbook><sheets/></workbook>" },
  ]);
}

function odf(mimetype: string): Uint8Array {
  return buildZip([
    { name: "mimetype", data: mimetype, method: 0 },
    { name: "content.xml", data: "<office:document-content/>" },
    { name: "META-INF/manifest.xml", data: "<manifest:manifest/>" },
  ]);
}

/** A minimal OpenDocument text: "mimetype" stored first, then its parts. */
export const sampleOdt = () => odf("application/vnd.oasis.opendocument.text");
/** A minimal OpenDocument spreadsheet. */
export const sampleOds = () => odf("application/vnd.oasis.opendocument.spreadsheet");

/** A DOCX whose directory declares 200 MB inside a few hundred bytes. */
export function declaredZipBomb(): Uint8Array {
  return buildZip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "word/document.xml", data: "<w:document/>", declaredSize: 200 * 1024 * 1024 },
  ]);
}

/** A DOCX with a real 20 MB run of zeros deflated to about 20 kB (ratio near 1000:1). */
export function compressedZipBomb(): Uint8Array {
  return buildZip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "word/media/zeros.bin", data: new Uint8Array(20 * 1024 * 1024) },
  ]);
}
