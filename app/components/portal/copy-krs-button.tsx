import { useEffect, useState } from "react";
import { useT } from "../../lib/shell";

/**
 * Copies a KRS number with the Clipboard API. It appears only once JavaScript runs (without it the
 * number beside it is plain, selectable text); the result is announced through `announce`.
 */
export function CopyKrsButton({
  krs,
  name,
  announce,
}: {
  krs: string;
  name: string;
  announce: (message: string) => void;
}) {
  const t = useT();
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(typeof navigator !== "undefined" && Boolean(navigator.clipboard)), []);
  if (!enhanced) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(krs);
      announce(t("portal.campaign.copied", { krs }));
    } catch {
      announce(t("portal.campaign.copyFailed"));
    }
  };
  return (
    <button type="button" onClick={copy}>
      {t("portal.campaign.copy")}
      <span className="visually-hidden"> {t("portal.campaign.copy.what", { name })}</span>
    </button>
  );
}
