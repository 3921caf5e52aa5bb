import { renderMail } from "../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../platform/mail/templates/types";

const ROLE_NAMES: Record<MailLocale, Record<"admin" | "coordinator" | "officer", string>> = {
  pl: {
    admin: "administrator",
    coordinator: "koordynator współpracy z organizacjami pozarządowymi",
    officer: "pracownik wydziału",
  },
  en: { admin: "administrator", coordinator: "NGO cooperation coordinator", officer: "department officer" },
};

export interface StaffInvitationMail {
  locale: MailLocale;
  tenantName: string;
  name: string;
  invitedBy: string;
  role: "admin" | "coordinator" | "officer";
  departmentName: string | null;
  url: string;
  validHours: number;
}

/** The invitation a new staff member gets: who invited them, in what role, and the link to set a password. */
export function staffInvitationMail(m: StaffInvitationMail): RenderedMail {
  const role = ROLE_NAMES[m.locale][m.role] + (m.departmentName ? ` (${m.departmentName})` : "");
  if (m.locale === "en") {
    return renderMail({
      locale: "en",
      tenantName: m.tenantName,
      subject: `Invitation to the Pożytek platform — ${m.tenantName}`,
      paragraphs: [
        `Hello ${m.name},`,
        `${m.invitedBy} has created an account for you on the Pożytek platform of ${m.tenantName}, with the role: ${role}.`,
        "To start, set your password:",
      ],
      action: { label: "Set a password", url: m.url },
      afterAction: [
        `The link works once and for ${m.validHours} hours. If it expires, choose “Forgot password” on the login page.`,
        "If you did not expect this message, you can ignore it.",
      ],
    });
  }
  return renderMail({
    locale: "pl",
    tenantName: m.tenantName,
    subject: `Zaproszenie do platformy Pożytek — ${m.tenantName}`,
    paragraphs: [
      `Dzień dobry, ${m.name}!`,
      `${m.invitedBy} założył(a) dla Ciebie konto w platformie Pożytek (${m.tenantName}) w roli: ${role}.`,
      "Aby zacząć, ustaw swoje hasło:",
    ],
    action: { label: "Ustaw hasło", url: m.url },
    afterAction: [
      `Link działa jeden raz i jest ważny przez ${m.validHours} godzin. Jeśli wygaśnie, na stronie logowania wybierz „Nie pamiętam hasła”.`,
      "Jeśli nie spodziewasz się tej wiadomości, zignoruj ją.",
    ],
  });
}
