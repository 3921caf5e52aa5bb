/** Polish catalogue of news (Aktualności): the portal's list and pages, submission, moderation, feeds. */
export const news = {
  "news.list.title": "Aktualności",
  "news.list.lead": "Wiadomości urzędu i organizacji pozarządowych działających w naszym mieście.",
  "news.list.empty": "Nie ma jeszcze opublikowanych aktualności.",
  "news.meta.office": "Wiadomość urzędu",
  "news.page.back": "Wszystkie aktualności",
  "news.feeds": "Subskrybuj aktualności:",
  "news.feed.rss": "kanał RSS",
  "news.feed.atom": "kanał Atom",
  "news.feed.title": "Aktualności — {tenant}",
  "news.feed.description": "Wiadomości urzędu i organizacji pozarządowych — {tenant}.",
  "news.link.news": "Aktualności",
  "news.link.submit": "Zgłoś newsa",
  "news.home.title": "Aktualności",
  "news.home.all": "Wszystkie aktualności",

  "news.field.organization": "Organizacja",
  "news.field.title": "Tytuł",
  "news.field.lead": "Zajawka",
  "news.field.lead.hint":
    "Jedno lub dwa zdania: pokazujemy je na liście aktualności i w kanałach RSS i Atom.",
  "news.field.body": "Treść",
  "news.field.body.hint": "Zwykły tekst, bez formatowania. Akapity oddziel pustym wierszem.",
  "news.field.image": "Zdjęcie (nieobowiązkowe)",
  "news.field.image.hint": "Plik JPG albo PNG, najwyżej {mb} MB.",
  "news.field.imageAlt": "Opis zdjęcia (tekst alternatywny)",
  "news.field.imageAlt.hint":
    "Obowiązkowy, gdy dodajesz zdjęcie: opisz, co na nim widać, dla osób, które go nie zobaczą.",

  "news.submit.title": "Zgłoś aktualność",
  "news.submit.lead":
    "Członkowie zweryfikowanych organizacji mogą zgłaszać wiadomości o swojej działalności. Koordynator sprawdzi wiadomość przed publikacją.",
  "news.submit.loginFirst": "Aby zgłosić aktualność, zaloguj się na konto członka organizacji.",
  "news.submit.login": "Zaloguj się",
  "news.submit.noOrganization":
    "Aktualności mogą zgłaszać właściciele i redaktorzy profili zweryfikowanych organizacji. Nie masz takiej roli w żadnej organizacji.",
  "news.submit.myOrganizations": "Moje organizacje",
  "news.submit.moderationHint":
    "Po wysłaniu wiadomość czeka na zatwierdzenie przez koordynatora; powiadomimy Cię e-mailem.",
  "news.submit.submit": "Wyślij do moderacji",

  "news.notice.submitted": "Dziękujemy. Aktualność czeka na zatwierdzenie przez koordynatora.",
  "news.notice.approved":
    "Aktualność została zatwierdzona i opublikowana. Organizacja dostanie wiadomość e-mail.",
  "news.notice.rejected": "Aktualność została odrzucona. Organizacja dostanie uzasadnienie e-mailem.",
  "news.notice.edited": "Poprawki zostały zapisane.",
  "news.notice.published": "Wiadomość urzędu została opublikowana.",
  "news.notice.archived": "Aktualność została zdjęta z portalu (zarchiwizowana).",

  "news.error.imageTooLarge": "Zdjęcie jest za duże: plik może mieć najwyżej 2 MB.",
  "news.error.imageType": "Zdjęcie musi być plikiem JPG albo PNG.",
  "news.error.altRequired": "Opisz zdjęcie: tekst alternatywny jest obowiązkowy, gdy dodajesz zdjęcie.",
  "news.error.controlCharacters": "Tekst zawiera niedozwolone znaki sterujące.",
  "news.error.alreadyDecided": "O tej aktualności ktoś już zdecydował. Odśwież stronę.",
  "news.error.changedMeanwhile":
    "Ktoś w międzyczasie zmienił tę aktualność. Odśwież stronę i nanieś poprawki ponownie.",

  "news.moderation.title": "Moderacja aktualności",
  "news.moderation.lead":
    "Zgłoszone przez organizacje aktualności czekają tu na decyzję. Możesz je poprawić przed zatwierdzeniem albo odrzucić z uzasadnieniem.",
  "news.moderation.pending": "Czekają na decyzję ({count})",
  "news.moderation.pending.empty": "Żadna aktualność nie czeka na decyzję.",
  "news.moderation.published": "Ostatnio opublikowane",
  "news.moderation.approve": "Zatwierdź i opublikuj",
  "news.moderation.edit": "Popraw treść",
  "news.moderation.edit.save": "Zapisz poprawki",
  "news.moderation.reject": "Odrzuć",
  "news.moderation.reject.reason": "Uzasadnienie odrzucenia",
  "news.moderation.reject.hint": "Organizacja dostanie je e-mailem.",
  "news.moderation.archive": "Zdejmij z portalu",
  "news.moderation.direct.title": "Opublikuj wiadomość urzędu",
  "news.moderation.direct.lead": "Wiadomość urzędu ukazuje się od razu, bez moderacji.",
  "news.moderation.direct.submit": "Opublikuj",
  "news.mine.title": "Zgłoszenia Twoich organizacji",
  "news.mine.reason": "Uzasadnienie:",
  "news.status.draft": "szkic",
  "news.status.pending": "czeka na decyzję",
  "news.status.published": "opublikowana",
  "news.status.rejected": "odrzucona",
  "news.status.archived": "zdjęta z portalu",
  "news.office.link": "Moderacja aktualności",

  "portal.home.link.submitNews": "Zgłoś newsa",
  "portal.home.link.submitNews.hint": "Napisz o wydarzeniu lub sukcesie swojej organizacji.",
} as const;
