import { useT } from "../lib/shell";

/** How to report a security problem (the same text as SECURITY.md, for people who never see the repository). */
export default function SecurityPage() {
  const t = useT();
  return (
    <>
      <title>{`${t("security.title")} — ${t("app.name")}`}</title>
      <h1>{t("security.title")}</h1>
      <p>{t("security.body")}</p>
      <p>{t("security.how")}</p>
    </>
  );
}
