import { MEMBER_ROLES } from "~/domain/organizations/schemas";
import { useT } from "../../lib/shell";
import { PostForm } from "../forms";

export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  role: string;
}

/** Members with their roles; owners get a role switch and a remove button, everyone may leave. */
export function MembersTable(props: { members: MemberRow[]; currentUserId: string; canManage: boolean }) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t("org.members.current")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("org.members.col.name")}</th>
            <th scope="col">{t("org.members.col.email")}</th>
            <th scope="col">{t("org.members.col.role")}</th>
            <th scope="col">{t("org.members.col.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {props.members.map((m) => {
            const isMe = m.userId === props.currentUserId;
            return (
              <tr key={m.userId}>
                <th scope="row">
                  {m.name} {isMe ? t("org.members.you") : null}
                </th>
                <td>{m.email}</td>
                <td>{t(`org.role.${m.role}`)}</td>
                <td>
                  {props.canManage ? (
                    <PostForm className="inline-form">
                      <input type="hidden" name="intent" value="changeRole" />
                      <input type="hidden" name="userId" value={m.userId} />
                      <label htmlFor={`role-${m.userId}`} className="visually-hidden">
                        {t("org.members.roleFor", { name: m.name })}
                      </label>
                      <select id={`role-${m.userId}`} name="role" defaultValue={m.role}>
                        {MEMBER_ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(`org.role.${r}`)}
                          </option>
                        ))}
                      </select>{" "}
                      <button type="submit">{t("org.members.changeRole")}</button>
                    </PostForm>
                  ) : null}
                  {props.canManage || isMe ? (
                    <PostForm className="inline-form">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="userId" value={m.userId} />
                      <button type="submit" className="danger">
                        {isMe ? t("org.members.leave") : t("org.members.remove")}
                      </button>
                    </PostForm>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
