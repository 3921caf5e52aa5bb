/** The accessibility declaration (ustawa z 4 kwietnia 2019 r. o dostępności cyfrowej…, art. 10). */
export const accessibility = {
  "a11y.title": "Deklaracja dostępności",
  "a11y.intro":
    "{entity} zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych. Deklaracja dostępności dotyczy serwisu współpracy z organizacjami pozarządowymi prowadzonego na platformie Pożytek.",
  "a11y.published": "Data publikacji strony internetowej",
  "a11y.updated": "Data ostatniej istotnej aktualizacji",
  "a11y.statusHeading": "Status pod względem zgodności z ustawą",
  "a11y.status":
    "Strona internetowa jest częściowo zgodna z ustawą o dostępności cyfrowej z powodu niezgodności lub wyłączeń wymienionych poniżej.",
  "a11y.gapsHeading": "Treści niedostępne",
  "a11y.gap.attachments":
    "Załączniki dodawane przez organizacje (np. skany podpisanych ofert) mogą nie być dostępne cyfrowo; urząd udostępnia ich treść na żądanie.",
  "a11y.gap.maps":
    "Mapy lokalizacji wydarzeń nie mają pełnego opisu tekstowego; adres jest zawsze podany tekstem.",
  "a11y.preparedHeading": "Przygotowanie deklaracji dostępności",
  "a11y.prepared":
    "Deklarację sporządzono dnia {date} na podstawie samooceny przeprowadzonej przez podmiot publiczny, wspartej automatycznymi testami (axe, WCAG 2.1 A i AA) każdej strony.",
  "a11y.shortcutsHeading": "Skróty klawiaturowe i ułatwienia",
  "a11y.shortcuts":
    "Na każdej stronie pierwszy klawisz Tab odsłania odnośnik „Przejdź do treści”. W nagłówku są przełączniki wielkości czcionki i wysokiego kontrastu; ustawienia są zapamiętywane. Wszystkie formularze działają bez JavaScriptu i z samej klawiatury.",
  "a11y.feedbackHeading": "Informacje zwrotne i dane kontaktowe",
  "a11y.feedback":
    "W przypadku problemów z dostępnością strony internetowej prosimy o kontakt. Osobą kontaktową jest {name}, adres poczty elektronicznej {email}, telefon {phone}. Tą samą drogą można składać wnioski o udostępnienie informacji niedostępnej oraz składać żądania zapewnienia dostępności.",
  "a11y.procedureHeading": "Procedura wnioskowo-skargowa",
  "a11y.procedure1":
    "Każdy ma prawo do wystąpienia z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jakiegoś jej elementu. Można także zażądać udostępnienia informacji za pomocą alternatywnego sposobu dostępu, na przykład przez odczytanie niedostępnego cyfrowo dokumentu. Żądanie powinno zawierać dane osoby zgłaszającej, wskazanie strony lub elementu, o które chodzi, oraz sposób kontaktu. Jeżeli osoba żądająca zgłasza potrzebę otrzymania informacji za pomocą alternatywnego sposobu dostępu, powinna także określić dogodny dla niej sposób przedstawienia tej informacji.",
  "a11y.procedure2":
    "Podmiot publiczny powinien zrealizować żądanie niezwłocznie, nie później niż w ciągu 7 dni od dnia wystąpienia z żądaniem. Jeżeli dotrzymanie tego terminu nie jest możliwe, podmiot publiczny niezwłocznie informuje o tym wnoszącego żądanie, kiedy realizacja żądania będzie możliwa, przy czym termin ten nie może być dłuższy niż 2 miesiące od dnia wystąpienia z żądaniem. Jeżeli zapewnienie dostępności cyfrowej nie jest możliwe, podmiot publiczny może zaproponować alternatywny sposób dostępu do informacji.",
  "a11y.procedure3":
    "W przypadku, gdy podmiot publiczny odmówi realizacji żądania zapewnienia dostępności lub alternatywnego sposobu dostępu do informacji, wnoszący żądanie może złożyć skargę w sprawie zapewniania dostępności cyfrowej strony internetowej lub elementu strony internetowej. Po wyczerpaniu wskazanej wyżej procedury można także złożyć wniosek do Rzecznika Praw Obywatelskich.",
  "a11y.notSet": "(nie podano — uzupełnia administrator w ustawieniach gminy)",
} as const;
