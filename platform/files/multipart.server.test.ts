import { describe, expect, it } from "vitest";
import { declaredLength, readBodyWithLimit, readFirstMultipartField } from "./multipart.server";

function post(form: FormData): Request {
  return new Request("http://pozytek.test/panel/oferty/x/zalaczniki", { method: "POST", body: form });
}

/** A request whose body arrives in the given pieces (to cut boundaries and headers mid-way). */
function streamed(pieces: Uint8Array[], contentType: string, onPull?: () => void): Request {
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull?.();
      const piece = pieces[i++];
      if (piece) controller.enqueue(piece);
      else controller.close();
    },
  });
  return new Request("http://pozytek.test/", {
    method: "POST",
    body,
    headers: { "content-type": contentType },
    duplex: "half",
  } as RequestInit);
}

const encoder = new TextEncoder();

describe("readFirstMultipartField", () => {
  it("reads the token when it is the first field, and leaves the body whole", async () => {
    const form = new FormData();
    form.append("_csrf", "token-ąę");
    form.append("intent", "upload");
    form.append("file", new Blob([new Uint8Array(3 * 1024 * 1024)]), "duzy.pdf");
    const request = post(form);
    expect(await readFirstMultipartField(request, "_csrf")).toBe("token-ąę");
    const again = await request.formData();
    expect(again.get("intent")).toBe("upload");
    expect((again.get("file") as File).size).toBe(3 * 1024 * 1024);
  });

  it("gives nothing when the first field is another one or a file", async () => {
    const later = new FormData();
    later.append("intent", "upload");
    later.append("_csrf", "token");
    expect(await readFirstMultipartField(post(later), "_csrf")).toBeNull();
    const file = new FormData();
    file.append("_csrf", new Blob(["token"]), "_csrf");
    expect(await readFirstMultipartField(post(file), "_csrf")).toBeNull();
  });

  it("finds the token across pieces of any size", async () => {
    const boundary = "----pozytekBoundary7MA4YWxkTrZu0gW";
    const text = `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\nabc123\r\n--${boundary}\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--${boundary}--\r\n`;
    const bytes = encoder.encode(text);
    const pieces = Array.from(bytes, (b) => new Uint8Array([b]));
    const request = streamed(pieces, `multipart/form-data; boundary=${boundary}`);
    expect(await readFirstMultipartField(request, "_csrf")).toBe("abc123");
  });

  it("stops reading after the limit instead of buffering an endless body", async () => {
    const boundary = "b";
    const head = encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n`);
    const endless = new Uint8Array(64 * 1024).fill(0x41);
    let pulls = 0;
    const pieces = [head, ...Array.from({ length: 10_000 }, () => endless)];
    const request = streamed(pieces, `multipart/form-data; boundary=${boundary}`, () => pulls++);
    expect(await readFirstMultipartField(request, "_csrf")).toBeNull();
    expect(pulls).toBeLessThan(10);
  });

  it("ignores bodies that are not multipart", async () => {
    const request = new Request("http://pozytek.test/", {
      method: "POST",
      body: "_csrf=abc",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(await readFirstMultipartField(request, "_csrf")).toBeNull();
  });
});

describe("readBodyWithLimit", () => {
  it("returns the body within the limit and null past it", async () => {
    const small = new Request("http://pozytek.test/", { method: "POST", body: "x".repeat(100) });
    expect((await readBodyWithLimit(small, 100))?.length).toBe(100);
    const big = new Request("http://pozytek.test/", { method: "POST", body: "x".repeat(101) });
    expect(await readBodyWithLimit(big, 100)).toBeNull();
  });

  it("reads the declared length only when it is a number", () => {
    const with42 = new Request("http://pozytek.test/", {
      method: "POST",
      headers: { "content-length": "42" },
    });
    expect(declaredLength(with42)).toBe(42);
    expect(declaredLength(new Request("http://pozytek.test/"))).toBeNull();
  });
});
