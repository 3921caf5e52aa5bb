/** Long typed text as paragraphs (blank lines separate them); React escapes every character. */
export function Paragraphs({ text }: { text: string }) {
  const parts = text.split(/\n{2,}/).filter((p) => p.trim());
  if (parts.length === 0) return <p>—</p>;
  return (
    <>
      {parts.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in order
        <p key={i} style={{ whiteSpace: "pre-line" }}>
          {p}
        </p>
      ))}
    </>
  );
}
