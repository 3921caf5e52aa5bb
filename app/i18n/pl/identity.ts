/** Polish catalogue: accounts, logging in, two-step verification, password reset, the account page. */
export const identity = {
  "identity.email.label": "Adres e-mail",
  "identity.email.taken": "Na ten adres założono już konto. Zaloguj się albo ustaw nowe hasło.",
  "identity.email.same": "To jest obecny adres konta.",
  "identity.email.alreadyVerified": "Adres e-mail jest już potwierdzony.",
  "identity.password.label": "Hasło",
  "identity.password.newLabel": "Nowe hasło",
  "identity.password.hint": "Co najmniej {min} znaków. Najlepiej kilka słów, np. „zielony rower nad Wartą”.",
  "identity.name.label": "Imię i nazwisko",
  "identity.token.gone": "Link wygasł, został już użyty albo jest nieprawidłowy.",
  "identity.login.invalid": "Nieprawidłowy adres e-mail lub hasło.",
  "identity.totp.invalid": "Kod jest nieprawidłowy albo został już użyty. Wpisz aktualny kod z aplikacji.",
  "identity.totp.notEnabled": "Weryfikacja dwuetapowa nie jest włączona.",
  "identity.totp.alreadyEnabled": "Weryfikacja dwuetapowa jest już włączona.",
  "identity.totp.notSetUp": "Najpierw zeskanuj kod QR i dodaj konto w aplikacji.",
  "identity.totp.requiredForStaff": "Pracownicy urzędu muszą korzystać z weryfikacji dwuetapowej.",
  "identity.reauth.required": "Ze względów bezpieczeństwa potwierdź najpierw hasło.",
  "identity.reauth.invalid": "Nieprawidłowe hasło.",
  "identity.secondFactor.required": "Najpierw podaj kod weryfikacji dwuetapowej.",
  "identity.code.label": "Kod z aplikacji",
  "identity.code.hint":
    "6 cyfr z aplikacji uwierzytelniającej (np. Google Authenticator, Microsoft Authenticator, FreeOTP).",

  "identity.register.title": "Załóż konto",
  "identity.register.lead":
    "Konto pozwala zgłosić organizację, składać oferty i sprawozdania. Na podany adres wyślemy link potwierdzający.",
  "identity.register.submit": "Załóż konto",
  "identity.register.haveAccount": "Masz już konto? Zaloguj się",
  "identity.register.sentTitle": "Sprawdź skrzynkę pocztową",
  "identity.register.sentBody":
    "Wysłaliśmy link potwierdzający adres e-mail. Kliknij go, a potem zaloguj się. Jeśli wiadomość nie dotarła, zajrzyj do folderu spam.",

  "identity.login.title": "Logowanie",
  "identity.login.submit": "Zaloguj się",
  "identity.login.forgot": "Nie pamiętasz hasła?",
  "identity.login.register": "Nie masz konta? Załóż konto",
  "identity.login.passwordReset": "Hasło zostało zmienione. Zaloguj się nowym hasłem.",

  "identity.twoFactor.title": "Weryfikacja dwuetapowa",
  "identity.twoFactor.lead": "Wpisz kod z aplikacji uwierzytelniającej, aby dokończyć logowanie.",
  "identity.twoFactor.submit": "Potwierdź",
  "identity.twoFactor.setupTitle": "Włącz weryfikację dwuetapową",
  "identity.twoFactor.setupLead":
    "Konta pracowników urzędu są chronione drugim składnikiem: kodem z aplikacji w telefonie. Zrób to raz, przy pierwszym logowaniu.",
  "identity.twoFactor.step1":
    "Zainstaluj aplikację uwierzytelniającą (np. Google Authenticator, Microsoft Authenticator, FreeOTP).",
  "identity.twoFactor.step2": "Zeskanuj w niej kod QR albo wpisz ręcznie klucz podany pod kodem.",
  "identity.twoFactor.step3": "Wpisz 6-cyfrowy kod, który pokaże aplikacja.",
  "identity.twoFactor.qrAlt": "Kod QR do dodania konta w aplikacji uwierzytelniającej",
  "identity.twoFactor.secretLabel": "Klucz do wpisania ręcznie",
  "identity.twoFactor.secretHint": "Typ: oparty na czasie (TOTP), 6 cyfr, co 30 sekund.",
  "identity.twoFactor.setupSubmit": "Włącz i zaloguj",

  "identity.logout.done": "Wylogowano.",

  "identity.reset.title": "Nie pamiętasz hasła?",
  "identity.reset.lead":
    "Podaj adres e-mail konta. Wyślemy link do ustawienia nowego hasła, ważny przez {minutes} min.",
  "identity.reset.submit": "Wyślij link",
  "identity.reset.sent":
    "Jeśli istnieje konto z tym adresem, wysłaliśmy na nie link do ustawienia nowego hasła. Link jest ważny przez {minutes} min i działa jeden raz.",
  "identity.reset.newTitle": "Ustaw nowe hasło",
  "identity.reset.newSubmit": "Ustaw hasło",
  "identity.reset.goneTitle": "Link nie działa",
  "identity.reset.requestAgain": "Poproś o nowy link",

  "identity.verify.title": "Potwierdzenie adresu e-mail",
  "identity.verify.lead": "Kliknij przycisk, aby potwierdzić adres e-mail.",
  "identity.verify.submit": "Potwierdź adres",
  "identity.verify.done": "Adres e-mail został potwierdzony.",
  "identity.verify.changed": "Adres e-mail konta został zmieniony.",
  "identity.verify.goToLogin": "Przejdź do logowania",
  "identity.verify.goToAccount": "Przejdź do konta",

  "identity.account.title": "Moje konto",
  "identity.account.name": "Imię i nazwisko",
  "identity.account.email": "Adres e-mail",
  "identity.account.emailVerified": "potwierdzony",
  "identity.account.emailNotVerified": "niepotwierdzony",
  "identity.account.resend": "Wyślij ponownie link potwierdzający",
  "identity.account.resent": "Wysłaliśmy nowy link potwierdzający.",
  "identity.account.twoFactor": "Weryfikacja dwuetapowa",
  "identity.account.twoFactorOn": "włączona",
  "identity.account.twoFactorOff": "wyłączona",
  "identity.account.security": "Bezpieczeństwo",
  "identity.account.changePassword": "Zmień hasło",
  "identity.account.changeEmail": "Zmień adres e-mail",
  "identity.account.manageTwoFactor": "Weryfikacja dwuetapowa",
  "identity.account.passwordChanged": "Hasło zostało zmienione. Pozostałe sesje zostały zakończone.",
  "identity.account.twoFactorChanged": "Ustawienia weryfikacji dwuetapowej zostały zapisane.",

  "identity.changePassword.title": "Zmiana hasła",
  "identity.changePassword.lead": "Po zmianie hasła wylogujemy Cię na innych urządzeniach.",
  "identity.changePassword.submit": "Zmień hasło",

  "identity.changeEmail.title": "Zmiana adresu e-mail",
  "identity.changeEmail.current": "Obecny adres: {email}",
  "identity.changeEmail.newLabel": "Nowy adres e-mail",
  "identity.changeEmail.submit": "Wyślij link potwierdzający",
  "identity.changeEmail.sent":
    "Wysłaliśmy link na adres {email}. Adres konta zmieni się po jego kliknięciu; do tego czasu obowiązuje dotychczasowy.",

  "identity.reauth.title": "Potwierdź hasło",
  "identity.reauth.lead":
    "Zanim zmienisz hasło, adres e-mail lub weryfikację dwuetapową, wpisz ponownie swoje hasło.",
  "identity.reauth.submit": "Potwierdź",

  "identity.manageTwoFactor.title": "Weryfikacja dwuetapowa",
  "identity.manageTwoFactor.on": "Weryfikacja dwuetapowa jest włączona.",
  "identity.manageTwoFactor.off": "Weryfikacja dwuetapowa jest wyłączona.",
  "identity.manageTwoFactor.staffOnly":
    "Weryfikacja dwuetapowa jest wymagana od pracowników urzędu i włącza się przy ich pierwszym logowaniu.",
  "identity.manageTwoFactor.resetTitle": "Przenieś na nowy telefon",
  "identity.manageTwoFactor.resetLead":
    "Zeskanuj nowy kod w aplikacji na nowym telefonie i wpisz kod, który pokaże. Dotychczasowa aplikacja działa do chwili potwierdzenia.",
  "identity.manageTwoFactor.resetSubmit": "Zapisz nową aplikację",
  "identity.manageTwoFactor.disableTitle": "Wyłącz weryfikację dwuetapową",
  "identity.manageTwoFactor.disableSubmit": "Wyłącz",
} as const;
