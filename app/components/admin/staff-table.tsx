import type { StaffMember } from "~/domain/administration/list-staff";
import { useT } from "../../lib/shell";
import { PostForm } from "../forms";

/** The tenant's staff with their roles; each role has its own "revoke" button. */
export function StaffTable({ staff }: { staff: StaffMember[] }) {
  const t = useT();
  if (staff.length === 0) return <p>{t("admin.staff.empty")}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t("admin.staff.table")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.staff.name")}</th>
            <th scope="col">{t("admin.staff.email")}</th>
            <th scope="col">{t("admin.staff.roles")}</th>
            <th scope="col">{t("admin.staff.twoFactor")}</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((member) => (
            <tr key={member.userId}>
              <th scope="row">{member.name}</th>
              <td>{member.email}</td>
              <td>
                <ul>
                  {member.roles.map((r) => {
                    const label = `${t(`admin.role.${r.role}`)}${r.departmentName ? ` — ${r.departmentName}` : ""}`;
                    return (
                      <li key={r.id}>
                        {label}{" "}
                        <PostForm className="inline-form">
                          <input type="hidden" name="roleId" value={r.id} />
                          <button
                            type="submit"
                            name="intent"
                            value="revoke"
                            className="link-button"
                            aria-label={t("admin.staff.revokeLabel", { role: label, name: member.name })}
                          >
                            {t("admin.staff.revoke")}
                          </button>
                        </PostForm>
                      </li>
                    );
                  })}
                </ul>
              </td>
              <td>{t(member.totpEnabled ? "admin.staff.twoFactorOn" : "admin.staff.twoFactorOff")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
