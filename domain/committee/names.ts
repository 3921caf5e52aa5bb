/** A person's name for comparison: lower case, no diacritics (ł too), single spaces. */
export function normalizedName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ł/g, "l")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Whether two names are the same person's name, ignoring case, diacritics and the order of words. */
export function sameName(a: string, b: string): boolean {
  const words = (s: string) => normalizedName(s).split(" ").filter(Boolean).sort().join(" ");
  const left = words(a);
  return left !== "" && left === words(b);
}
