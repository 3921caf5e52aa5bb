import type { identity as pl } from "../pl/identity";

/** English catalogue: accounts, logging in, two-step verification, password reset, the account page. */
export const identity: Record<keyof typeof pl, string> = {
  "identity.email.label": "E-mail address",
  "identity.email.taken": "An account with this address already exists. Log in or set a new password.",
  "identity.email.same": "This is the account's current address.",
  "identity.email.alreadyVerified": "The e-mail address is already confirmed.",
  "identity.password.label": "Password",
  "identity.password.newLabel": "New password",
  "identity.password.hint":
    "At least {min} characters. A few words work best, e.g. “green bike by the river”.",
  "identity.name.label": "Full name",
  "identity.token.gone": "The link has expired, has been used already or is not valid.",
  "identity.login.invalid": "Wrong e-mail address or password.",
  "identity.totp.invalid": "The code is wrong or has been used already. Type the current code from the app.",
  "identity.totp.notEnabled": "Two-step verification is not switched on.",
  "identity.totp.alreadyEnabled": "Two-step verification is already switched on.",
  "identity.totp.notSetUp": "Scan the QR code and add the account in the app first.",
  "identity.totp.requiredForStaff": "Office staff must use two-step verification.",
  "identity.reauth.required": "For your security, confirm your password first.",
  "identity.reauth.invalid": "Wrong password.",
  "identity.secondFactor.required": "Enter your two-step verification code first.",
  "identity.code.label": "Code from the app",
  "identity.code.hint":
    "6 digits from your authenticator app (e.g. Google Authenticator, Microsoft Authenticator, FreeOTP).",

  "identity.register.title": "Create an account",
  "identity.register.lead":
    "With an account you can register an organisation and submit offers and reports. We will send a confirmation link to your address.",
  "identity.register.submit": "Create account",
  "identity.register.haveAccount": "Already have an account? Log in",
  "identity.register.sentTitle": "Check your mailbox",
  "identity.register.sentBody":
    "We have sent a link to confirm your e-mail address. Click it, then log in. If the message has not arrived, look in your spam folder.",

  "identity.login.title": "Log in",
  "identity.login.submit": "Log in",
  "identity.login.forgot": "Forgot your password?",
  "identity.login.register": "No account yet? Create one",
  "identity.login.passwordReset": "Your password has been changed. Log in with the new password.",

  "identity.twoFactor.title": "Two-step verification",
  "identity.twoFactor.lead": "Enter the code from your authenticator app to finish logging in.",
  "identity.twoFactor.submit": "Confirm",
  "identity.twoFactor.setupTitle": "Switch on two-step verification",
  "identity.twoFactor.setupLead":
    "Office staff accounts are protected by a second factor: a code from an app on your phone. You do this once, at your first login.",
  "identity.twoFactor.step1":
    "Install an authenticator app (e.g. Google Authenticator, Microsoft Authenticator, FreeOTP).",
  "identity.twoFactor.step2": "Scan the QR code with it, or type in the key shown below the code.",
  "identity.twoFactor.step3": "Enter the 6-digit code the app shows.",
  "identity.twoFactor.qrAlt": "QR code to add the account to an authenticator app",
  "identity.twoFactor.secretLabel": "Key to type in by hand",
  "identity.twoFactor.secretHint": "Type: time-based (TOTP), 6 digits, every 30 seconds.",
  "identity.twoFactor.setupSubmit": "Switch on and log in",

  "identity.logout.done": "You have been logged out.",

  "identity.reset.title": "Forgot your password?",
  "identity.reset.lead":
    "Enter your account's e-mail address. We will send a link to set a new password, valid for {minutes} minutes.",
  "identity.reset.submit": "Send the link",
  "identity.reset.sent":
    "If an account with this address exists, we have sent it a link to set a new password. The link is valid for {minutes} minutes and works once.",
  "identity.reset.newTitle": "Set a new password",
  "identity.reset.newSubmit": "Set password",
  "identity.reset.goneTitle": "The link does not work",
  "identity.reset.requestAgain": "Ask for a new link",

  "identity.verify.title": "Confirm your e-mail address",
  "identity.verify.lead": "Press the button to confirm the e-mail address.",
  "identity.verify.submit": "Confirm the address",
  "identity.verify.done": "Your e-mail address has been confirmed.",
  "identity.verify.changed": "The account's e-mail address has been changed.",
  "identity.verify.goToLogin": "Go to login",
  "identity.verify.goToAccount": "Go to your account",

  "identity.account.title": "My account",
  "identity.account.name": "Full name",
  "identity.account.email": "E-mail address",
  "identity.account.emailVerified": "confirmed",
  "identity.account.emailNotVerified": "not confirmed",
  "identity.account.resend": "Send the confirmation link again",
  "identity.account.resent": "We have sent a new confirmation link.",
  "identity.account.twoFactor": "Two-step verification",
  "identity.account.twoFactorOn": "on",
  "identity.account.twoFactorOff": "off",
  "identity.account.security": "Security",
  "identity.account.changePassword": "Change password",
  "identity.account.changeEmail": "Change e-mail address",
  "identity.account.manageTwoFactor": "Two-step verification",
  "identity.account.passwordChanged": "Your password has been changed. Your other sessions have been ended.",
  "identity.account.twoFactorChanged": "Your two-step verification settings have been saved.",

  "identity.changePassword.title": "Change password",
  "identity.changePassword.lead": "After the change you will be logged out on other devices.",
  "identity.changePassword.submit": "Change password",

  "identity.changeEmail.title": "Change e-mail address",
  "identity.changeEmail.current": "Current address: {email}",
  "identity.changeEmail.newLabel": "New e-mail address",
  "identity.changeEmail.submit": "Send the confirmation link",
  "identity.changeEmail.sent":
    "We have sent a link to {email}. The account's address changes when you click it; until then the current one stays.",

  "identity.reauth.title": "Confirm your password",
  "identity.reauth.lead":
    "Before you change your password, e-mail address or two-step verification, type your password again.",
  "identity.reauth.submit": "Confirm",

  "identity.manageTwoFactor.title": "Two-step verification",
  "identity.manageTwoFactor.on": "Two-step verification is on.",
  "identity.manageTwoFactor.off": "Two-step verification is off.",
  "identity.manageTwoFactor.staffOnly":
    "Two-step verification is required for office staff and is switched on at their first login.",
  "identity.manageTwoFactor.resetTitle": "Move to a new phone",
  "identity.manageTwoFactor.resetLead":
    "Scan the new code with the app on your new phone and enter the code it shows. Your current app keeps working until you confirm.",
  "identity.manageTwoFactor.resetSubmit": "Save the new app",
  "identity.manageTwoFactor.disableTitle": "Switch off two-step verification",
  "identity.manageTwoFactor.disableSubmit": "Switch off",
};
