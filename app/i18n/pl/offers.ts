/** Polish catalogue: offers. */
export const offers: Record<string, string> = {
  // pages and navigation
  "offers.my.title": "Moje oferty",
  "offers.my.lead":
    "Oferty Twoich organizacji w otwartych konkursach: wersje robocze, złożone i wycofane. Ofertę zaczynasz ze strony konkursu („Złóż ofertę”).",
  "offers.my.empty": "Nie masz jeszcze żadnej oferty.",
  "offers.my.findCompetition": "Zobacz otwarte konkursy ofert",
  "offers.panel.hint": "oferty Twoich organizacji w otwartych konkursach, wersje robocze i złożone.",
  "offers.my.asPartner": "partner oferty wspólnej",
  "offers.untitled": "Oferta bez tytułu",
  "offers.breadcrumbs": "Jesteś tutaj",
  "offers.breadcrumbs.panel": "Moje organizacje",
  "offers.sections.nav": "Części oferty",
  "offers.overview.short": "Przegląd",
  "offers.overview.title": "Oferta: {title}",
  "offers.overview.sections": "Części oferty",
  "offers.overview.parameters": "Warunki konkursu, których oferta jeszcze nie spełnia",
  "offers.overview.parametersHint":
    "Każdy punkt prowadzi do pola, które trzeba poprawić. Ofertę można zapisywać z tymi uwagami, ale nie można jej złożyć.",
  "offers.overview.more": "Załączniki, partnerzy i podgląd",
  "offers.attachments.link": "Załączniki do oferty",
  "offers.attachments.short": "Załączniki",
  "offers.attachments.count": "dodane pliki: {count}",
  "offers.partners.link": "Partnerzy (oferta wspólna)",
  "offers.partners.short": "Partnerzy",
  "offers.preview.short": "Podgląd",
  "offers.preview.title": "Podgląd oferty",
  "offers.preview.lead":
    "Tak będzie wyglądać oferta na urzędowym wzorze. To wersja robocza: nie ma numeru potwierdzenia ani sumy kontrolnej.",
  "offers.preview.html": "Podgląd oferty na stronie",
  "offers.preview.pdf": "Podgląd oferty w PDF (projekt)",
  "offers.col.title": "Tytuł oferty",
  "offers.col.competition": "Konkurs",
  "offers.col.organization": "Organizacja",
  "offers.col.status": "Status",
  "offers.col.grant": "Wnioskowana dotacja",
  "offers.col.deadline": "Termin składania ofert",
  "offers.col.receipt": "Numer potwierdzenia",
  "offers.status.draft": "Wersja robocza",
  "offers.status.submitted": "Złożona",
  "offers.status.withdrawn": "Wycofana",
  "offers.facts.authority": "Organ, do którego składana jest oferta",
  "offers.facts.offerors": "Oferent(-ci)",
  "offers.facts.totalCost": "Całkowity koszt zadania",
  "offers.deadline": "Termin składania ofert: {at}",
  "offers.deadline.passed": "Termin składania ofert minął: {at}",
  "offers.deadlinePassed":
    "Termin składania ofert minął {at}; wersja robocza pozostaje do wglądu. Nie można już zmieniać ani składać oferty.",
  "offers.deadlinePassed.section":
    "Termin składania ofert minął; wersja robocza pozostaje do wglądu, ale nie można jej już zmieniać.",
  "offers.notOpen": "Konkurs nie przyjmuje teraz ofert; wersja robocza pozostaje do wglądu.",
  "offers.readOnly":
    "Możesz przeglądać tę ofertę, ale jej zmiany wymagają roli właściciela lub redaktora organizacji.",
  "offers.unsubmittedChanges":
    "Zmiany nie zostały jeszcze złożone. Urząd widzi ostatnią złożoną wersję; aby przekazać zmiany, złóż ofertę ponownie przed terminem.",
  "offers.notEligible":
    "Forma prawna organizacji nie jest wymieniona w ogłoszeniu konkursu. Możesz przygotować ofertę, ale komisja może ją odrzucić przy ocenie formalnej.",
  "offers.notice.started": "Rozpoczęto ofertę. Wypełnij jej części II–VII, a potem złóż ją przed terminem.",
  "offers.notice.saved": "Zapisano.",
  "offers.notice.submitted": "Oferta złożona.",
  "offers.notice.alreadySubmitted": "Ta wersja oferty była już złożona.",
  "offers.notice.withdrawn":
    "Oferta wycofana. Nie bierze udziału w konkursie; wersja robocza pozostaje i możesz złożyć ją ponownie przed terminem.",
  "offers.notice.partnerAdded": "Dodano partnera oferty wspólnej.",
  "offers.notice.partnerRemoved": "Usunięto partnera oferty wspólnej.",

  // sections
  "offers.section.offerors": "Dane oferenta (oferentów)",
  "offers.section.offerors.short": "Oferenci",
  "offers.section.task": "Opis zadania publicznego proponowanego do realizacji",
  "offers.section.task.short": "Opis zadania",
  "offers.section.profile": "Charakterystyka oferenta",
  "offers.section.profile.short": "Charakterystyka oferenta",
  "offers.section.costs": "Kalkulacja przewidywanych kosztów realizacji zadania publicznego",
  "offers.section.costs.short": "Kalkulacja kosztów",
  "offers.section.other": "Inne informacje dotyczące oferty",
  "offers.section.other.short": "Inne informacje",
  "offers.section.declarations": "Oświadczenia",
  "offers.section.declarations.short": "Oświadczenia",
  "offers.checklist.complete": "kompletna",
  "offers.checklist.missing.one": "brakuje {count} pola",
  "offers.checklist.missing.few": "brakuje {count} pól",
  "offers.checklist.missing.many": "brakuje {count} pól",
  "offers.checklist.problems.one": "{count} uwaga do warunków konkursu",
  "offers.checklist.problems.few": "{count} uwagi do warunków konkursu",
  "offers.checklist.problems.many": "{count} uwag do warunków konkursu",

  // the section form
  "offers.form.save": "Zapisz",
  "offers.form.saveNext": "Zapisz i przejdź dalej",
  "offers.form.removeRow": "Usuń",
  "offers.rowLabel": "{label}, wiersz {n}",
  "offers.rowN": "wiersz {n}",
  "offers.autosave.saved": "Zapisano automatycznie o {time}.",
  "offers.autosave.refused":
    "Nie zapisano automatycznie: popraw pola oznaczone błędem. Wpisany tekst jest zachowany.",
  "offers.autosave.stopped":
    "Automatyczne zapisywanie wstrzymane, bo ktoś inny zmienił tę sekcję. Skopiuj swoje zmiany i wczytaj sekcję ponownie.",
  "offers.conflict.text":
    "Ktoś inny zmienił tę sekcję ({who} o {at}). Twoje zmiany nie zostały zapisane; skopiuj je (zostały w formularzu poniżej), wczytaj zapisaną wersję sekcji i wprowadź je ponownie.",
  "offers.conflict.someone": "inna osoba",
  "offers.conflict.reload": "Wczytaj zapisaną wersję sekcji (Twoje niezapisane zmiany znikną z formularza)",

  // II
  "offers.offerors.data": "1. Dane oferenta (oferentów)",
  "offers.offerors.dataHint":
    "Te dane pochodzą z profili organizacji w bazie NGO i trafią do oferty w chwili złożenia. Jeśli są nieaktualne, popraw profil organizacji.",
  "offers.offerors.leader": "oferent wiodący",
  "offers.offerors.legalForm": "Forma prawna",
  "offers.offerors.krs": "Numer KRS lub innej ewidencji",
  "offers.offerors.seat": "Adres siedziby",
  "offers.offerors.correspondence": "Adres do korespondencji",
  "offers.offerors.email": "Adres e-mail",
  "offers.offerors.phone": "Numer telefonu",
  "offers.offerors.website": "Strona internetowa",
  "offers.offerors.representatives": "Osoby upoważnione do reprezentacji",
  "offers.offerors.editProfile": "Popraw profil organizacji {name}",
  "offers.offerors.contact": "2. Osoba upoważniona do składania wyjaśnień dotyczących oferty",
  "offers.field.offerors.contactName": "Imię i nazwisko",
  "offers.field.offerors.contactFunction": "Funkcja",
  "offers.field.offerors.contactPhone": "Numer telefonu",
  "offers.field.offerors.contactEmail": "Adres e-mail",
  "offers.field.offerors.correspondenceAddress": "Adres do korespondencji",
  "offers.field.offerors.correspondenceAddress.hint":
    "Wypełnij tylko wtedy, gdy jest inny niż adres siedziby.",

  // III
  "offers.field.task.title": "1. Tytuł zadania publicznego",
  "offers.task.dates": "2. Termin realizacji zadania publicznego",
  "offers.task.window": "Zadanie musi się mieścić między {from} a {to} (ogłoszenie konkursu).",
  "offers.field.task.startDate": "Data rozpoczęcia",
  "offers.field.task.endDate": "Data zakończenia",
  "offers.field.task.place": "Miejsce realizacji zadania",
  "offers.field.task.place.hint": "Gmina, dzielnica, adres — gdzie odbywać się będą działania.",
  "offers.field.task.targetGroup": "Grupa docelowa",
  "offers.field.task.summary": "3. Syntetyczny opis zadania",
  "offers.field.task.summary.hint":
    "Czego dotyczy zadanie, jaki problem rozwiązuje lub jaką potrzebę zaspokaja, dlaczego grupa docelowa tego potrzebuje, jak zadanie uzupełnia inne działania.",
  "offers.field.task.actions": "4. Plan i harmonogram działań",
  "offers.field.task.actions.hint":
    "Każde działanie z nazwą, opisem, grupą docelową i terminem. Numery działań wybierzesz w kalkulacji kosztów (część V).",
  "offers.task.actionN": "Działanie {n}",
  "offers.task.addAction": "Dodaj wiersz: działanie",
  "offers.col.actions.name": "Nazwa działania",
  "offers.col.actions.description": "Opis działania",
  "offers.col.actions.targetGroup": "Grupa docelowa",
  "offers.col.actions.start": "Planowany termin realizacji — od",
  "offers.col.actions.end": "Planowany termin realizacji — do",
  "offers.col.actions.thirdParty": "Zakres działania realizowany przez podmiot niebędący stroną umowy",
  "offers.task.results": "5. Opis zakładanych rezultatów realizacji zadania publicznego",
  "offers.field.task.resultsProduced": "Co będzie bezpośrednim efektem (materialne „produkty” lub „usługi”)",
  "offers.field.task.resultsChange": "Jaka zmiana społeczna zostanie osiągnięta",
  "offers.field.task.resultsDurability": "Czy rezultaty będą trwałe i w jakim stopniu",
  "offers.field.task.indicators":
    "6. Dodatkowe informacje dotyczące rezultatów realizacji zadania publicznego",
  "offers.field.task.indicators.hint":
    "Dla każdego rezultatu: planowany poziom (wartość docelowa) i sposób monitorowania.",
  "offers.task.indicatorN": "Rezultat {n}",
  "offers.task.addIndicator": "Dodaj wiersz: rezultat",
  "offers.col.indicators.name": "Nazwa rezultatu",
  "offers.col.indicators.target": "Planowany poziom osiągnięcia rezultatu (wartość docelowa)",
  "offers.col.indicators.monitoring": "Sposób monitorowania rezultatu / źródło informacji o jego osiągnięciu",

  // IV
  "offers.field.profile.experience": "1. Informacja o wcześniejszej działalności oferenta",
  "offers.field.profile.experience.hint":
    "Działalność w zakresie, którego dotyczy zadanie, w tym doświadczenie w realizacji podobnych zadań.",
  "offers.field.profile.resources": "2. Zasoby kadrowe, rzeczowe i finansowe oferenta",
  "offers.field.profile.resources.hint": "Które zasoby zostaną wykorzystane przy realizacji zadania.",

  // V
  "offers.costs.tableA": "V.A Zestawienie kosztów realizacji zadania",
  "offers.costs.tableA.hint":
    "Każdy wiersz to jeden rodzaj kosztu. Wartość, sumy działań i sumy całkowite liczą się same; kwoty wpisuj w złotych, np. 1 234,56.",
  "offers.costs.addRow": "Dodaj wiersz: koszt",
  "offers.costs.admin": "Koszty administracyjne",
  "offers.col.rows.number": "Lp.",
  "offers.col.rows.action": "Działanie",
  "offers.col.rows.name": "Rodzaj kosztu",
  "offers.col.rows.unit": "Rodzaj miary",
  "offers.col.rows.unitCost": "Koszt jednostkowy [PLN]",
  "offers.col.rows.units": "Liczba jednostek",
  "offers.col.rows.year": "Rok",
  "offers.col.rows.value": "Wartość [PLN]",
  "offers.col.rows.remove": "Usuń wiersz",
  "offers.field.costs.rows": "V.A Zestawienie kosztów",
  "offers.costs.subtotals": "Suma kosztów według działań",
  "offers.costs.actionSubtotal": "Działanie {n}. {name}",
  "offers.costs.adminTotal": "Koszty administracyjne razem",
  "offers.costs.grandTotal": "Suma wszystkich kosztów realizacji zadania",
  "offers.costs.tableB": "V.B Źródła finansowania kosztów realizacji zadania",
  "offers.costs.tableB.hint":
    "Wpisz dotację i wkład własny. Wkład własny, udziały procentowe i kwota do rozdzielenia liczą się same.",
  "offers.col.sources.number": "Lp.",
  "offers.col.sources.source": "Źródło finansowania",
  "offers.col.sources.amount": "Wartość [PLN]",
  "offers.col.sources.share": "Udział [%]",
  "offers.field.costs.sources.total": "Suma wszystkich kosztów realizacji zadania",
  "offers.field.costs.sources.grant": "Planowana dotacja w ramach niniejszej oferty",
  "offers.field.costs.sources.own": "Wkład własny (finansowy i niefinansowy)",
  "offers.field.costs.sources.financial": "Wkład własny finansowy",
  "offers.field.costs.sources.fees": "w tym świadczenia pieniężne od odbiorców zadania",
  "offers.field.costs.sources.nonFinancial": "Wkład własny niefinansowy (osobowy i rzeczowy)",
  "offers.field.costs.sources.personal": "Wkład osobowy",
  "offers.field.costs.sources.inKind": "Wkład rzeczowy",
  "offers.costs.unallocated": "Do rozdzielenia (koszty pomniejszone o dotację i wkład własny)",
  "offers.costs.tableC": "V.C Podział kosztów realizacji zadania pomiędzy oferentów",
  "offers.field.costs.split": "V.C Podział kosztów pomiędzy oferentów",
  "offers.costs.splitSum": "Razem",
  "offers.costs.splitUnallocated": "Do rozdzielenia między oferentów",

  // VI
  "offers.field.other.feesCharged":
    "Oferent pobiera świadczenia pieniężne od odbiorców zadania (odpłatna działalność)",
  "offers.field.other.feesDescription": "Wysokość i warunki pobierania świadczeń pieniężnych",
  "offers.field.other.feesDescription.hint": "Wypełnij, jeśli zaznaczono pobieranie świadczeń.",
  "offers.field.other.partnersRoles":
    "Działania poszczególnych oferentów i sposób ich reprezentacji wobec organu (oferta wspólna)",
  "offers.field.other.partnersRoles.hint":
    "Kto wykonuje które działania i kto reprezentuje oferentów wobec urzędu.",
  "offers.field.other.accessibility": "Zapewnienie dostępności osobom ze szczególnymi potrzebami",
  "offers.field.other.accessibility.hint":
    "Jak zapewnisz dostępność architektoniczną, cyfrową i informacyjno-komunikacyjną (ustawa z 19 lipca 2019 r.).",
  "offers.field.other.otherInfo": "Inne działania, które mogą mieć znaczenie przy ocenie oferty",
  "offers.field.other.otherInfo.hint":
    "Np. dotyczące kalkulacji kosztów lub oświadczeń z części VII, a także zasobów, które nie są wkładem własnym.",
  "offers.field.other.attachments": "Załączniki",

  // VII
  "offers.declarations.intro":
    "Oświadczam(-my), że (zaznacz każde oświadczenie — bez tego nie można złożyć oferty):",
  "offers.declaration.statutoryActivity":
    "proponowane zadanie publiczne będzie realizowane wyłącznie w zakresie działalności pożytku publicznego oferenta(-ów), zgodnie z jego celami statutowymi;",
  "offers.declaration.feesWithinPaidActivity":
    "pobieranie świadczeń pieniężnych od odbiorców zadania będzie się odbywać wyłącznie w ramach prowadzonej odpłatnej działalności pożytku publicznego;",
  "offers.declaration.noArrears":
    "oferent(-ci) składający ofertę nie zalega(-ją) z opłacaniem należności z tytułu zobowiązań podatkowych ani składek na ubezpieczenia społeczne;",
  "offers.declaration.registerConsistent":
    "dane zawarte w części II oferty są zgodne z Krajowym Rejestrem Sądowym albo inną właściwą ewidencją;",
  "offers.declaration.truthful":
    "wszystkie informacje podane w ofercie oraz w załącznikach są zgodne z aktualnym stanem prawnym i faktycznym;",
  "offers.declaration.dataConsent":
    "w zakresie związanym z konkursem, w tym z gromadzeniem, przetwarzaniem i przekazywaniem danych osobowych, osoby, których dane dotyczą, złożyły stosowne oświadczenia zgodnie z przepisami o ochronie danych osobowych.",
  "offers.field.declarations.statutoryActivity": "Oświadczenie 1 (działalność pożytku publicznego)",
  "offers.field.declarations.feesWithinPaidActivity": "Oświadczenie 2 (świadczenia pieniężne)",
  "offers.field.declarations.noArrears": "Oświadczenie 3 (brak zaległości podatkowych i składkowych)",
  "offers.field.declarations.registerConsistent": "Oświadczenie 4 (zgodność z KRS lub ewidencją)",
  "offers.field.declarations.truthful": "Oświadczenie 5 (prawdziwość informacji)",
  "offers.field.declarations.dataConsent": "Oświadczenie 6 (dane osobowe)",

  // submission and receipt
  "offers.submit.title": "Złożenie oferty",
  "offers.submit.button": "Złóż ofertę",
  "offers.submit.hint":
    "Złożenie zamraża ofertę w obecnej postaci: otrzymasz numer potwierdzenia, sumę kontrolną i PDF (także e-mailem). Do terminu możesz ją zmieniać i złożyć ponownie.",
  "offers.submit.hintAgain":
    "Złożenie ponownie zapisze nową wersję oferty z nowym numerem potwierdzenia; wcześniejsze wersje zostają w historii.",
  "offers.submit.sending": "Składanie oferty…",
  "offers.submit.closed": "Termin składania ofert minął — oferty nie można już złożyć.",
  "offers.submit.notOpen": "Konkurs nie przyjmuje teraz ofert.",
  "offers.submit.upToDate": "Oferta jest złożona i nie zmieniła się od tego czasu.",
  "offers.submit.notAllowed": "Ofertę składa właściciel lub redaktor organizacji.",
  "offers.submit.refused.one": "Oferty nie złożono: {count} rzecz do poprawienia",
  "offers.submit.refused.few": "Oferty nie złożono: {count} rzeczy do poprawienia",
  "offers.submit.refused.many": "Oferty nie złożono: {count} rzeczy do poprawienia",
  "offers.submit.deadlinePassed":
    "Termin składania ofert minął ({at}). Oferta nie została złożona; wersja robocza pozostaje zapisana do wglądu.",
  "offers.receipt.title": "Oferta złożona",
  "offers.receipt.repeatedTitle": "Oferta była już złożona",
  "offers.receipt.text": "Numer potwierdzenia {receipt}, suma kontrolna {checksum}, złożona {at}.",
  "offers.receipt.mailed":
    "Potwierdzenie z plikiem PDF oferty wysłaliśmy e-mailem do właścicieli i redaktorów organizacji. Sumę kontrolną znajdziesz na każdej stronie PDF.",
  "offers.receipt.repeated":
    "Ta wersja oferty była już złożona — nic nowego nie zapisano. Powyżej jest jej potwierdzenie.",
  "offers.receipt.pdf": "Pobierz PDF oferty {receipt}",
  "offers.history.title": "Historia złożeń",
  "offers.history.version": "Wersja",
  "offers.history.submittedAt": "Złożona",
  "offers.history.checksum": "Suma kontrolna",
  "offers.history.pdf": "PDF",
  "offers.history.pdfLink": "PDF oferty {receipt}",
  "offers.withdraw.title": "Wycofanie oferty",
  "offers.withdraw.hint":
    "Wycofana oferta nie bierze udziału w konkursie. Historia złożeń i wersja robocza zostają; do terminu możesz złożyć ją ponownie.",
  "offers.withdraw.confirm": "Potwierdzam wycofanie oferty",
  "offers.withdraw.confirmRequired": "Zaznacz potwierdzenie, aby wycofać ofertę.",
  "offers.withdraw.button": "Wycofaj ofertę",

  // starting an offer
  "offers.start.title": "Nowa oferta",
  "offers.start.noCompetition": "Ofertę rozpoczyna się z ogłoszenia konkursu, przyciskiem „Złóż ofertę”.",
  "offers.start.notOpen": "Ten konkurs nie przyjmuje teraz ofert.",
  "offers.start.noOrganization":
    "Ofertę może złożyć właściciel lub redaktor zweryfikowanej organizacji. Nie masz takiej roli w żadnej organizacji.",
  "offers.start.register": "Zgłoś organizację",
  "offers.start.existing": "Masz już ofertę w tym konkursie:",
  "offers.start.asOrganization": "Ofertę złożysz w imieniu organizacji {name}.",
  "offers.start.chooseLegend": "W imieniu której organizacji składasz ofertę?",
  "offers.start.chooseOrganization": "Wybierz organizację.",
  "offers.start.button": "Rozpocznij ofertę",
  "offers.cta.submit": "Złóż ofertę",
  "offers.cta.hint": "Ofertę przygotujesz i złożysz w panelu organizacji (wymaga zalogowania).",

  // partners
  "offers.partners.title": "Partnerzy oferty wspólnej",
  "offers.partners.explain":
    "Oferta wspólna (art. 14 ust. 2 ustawy o działalności pożytku publicznego i o wolontariacie) to oferta dwóch lub więcej organizacji, które razem realizują zadanie. Każdy partner widzi i może edytować ofertę.",
  "offers.partners.explainForm":
    "W ofercie wspólnej wpisz w części VI, które działania wykona każdy oferent i kto reprezentuje oferentów wobec urzędu, a w części V.C — jak dzielicie koszty.",
  "offers.partners.role": "Rola",
  "offers.partners.partner": "partner",
  "offers.partners.actions": "Działania",
  "offers.partners.remove": "Usuń",
  "offers.partners.add": "Dodaj partnera",
  "offers.partners.identifier": "Numer KRS lub NIP organizacji partnerskiej",
  "offers.partners.identifier.hint":
    "Partner musi być zweryfikowaną organizacją w bazie NGO tej gminy, np. 0000123456 albo 123-456-32-18.",
  "offers.partners.addButton": "Dodaj partnera",
  "offers.partners.leaderOnly": "Partnerów dodaje i usuwa właściciel lub redaktor organizacji wiodącej.",
  "offers.partners.closed": "Termin składania ofert minął — partnerów nie można już zmieniać.",

  // domain errors
  "offer.error.sourcesDontAddUp":
    "Źródła finansowania ({sum}) muszą być równe całkowitym kosztom zadania ({total}). Różnica: {diff}.",
  "offer.error.grantBelowMin":
    "Wnioskowana dotacja jest niższa niż najniższa kwota dotacji w ogłoszeniu ({min}).",
  "offer.error.grantAboveMax": "Wnioskowana dotacja przekracza najwyższą kwotę dotacji w ogłoszeniu ({max}).",
  "offer.error.feesAboveFinancial":
    "Świadczenia pieniężne od odbiorców zadania są częścią wkładu finansowego i nie mogą być od niego wyższe.",
  "offer.error.ownShareTooLow":
    "Wkład własny stanowi {actual} kosztów, a ogłoszenie wymaga co najmniej {min}.",
  "offer.error.financialShareTooLow":
    "Wkład własny finansowy stanowi {actual} kosztów, a ogłoszenie wymaga co najmniej {min}.",
  "offer.error.personalShareTooLow":
    "Wkład osobowy stanowi {actual} kosztów, a ogłoszenie wymaga co najmniej {min}.",
  "offer.error.adminAboveCap":
    "Koszty administracyjne stanowią {actual} kosztów, a ogłoszenie dopuszcza najwyżej {cap}.",
  "offer.error.splitDoesntAddUp":
    "Podział kosztów (V.C) musi obejmować każdego oferenta i sumować się do całkowitych kosztów {total}; teraz suma wynosi {sum}.",
  "offer.error.outsideWindow":
    "Termin musi mieścić się w okresie realizacji zadania z ogłoszenia: od {from} do {to}.",
  "offer.error.endBeforeStart": "Data zakończenia nie może być wcześniejsza niż data rozpoczęcia.",
  "offer.error.actionOutsideTask": "Termin działania musi mieścić się w terminie realizacji zadania (III.2).",
  "offer.error.noSuchAction":
    "W harmonogramie (III.4) nie ma działania o tym numerze. Podaj numer od 1 do {count} albo zostaw puste dla kosztów administracyjnych.",
  "offer.error.yearOutsideTask": "Rok kosztu musi być rokiem realizacji zadania: {years}.",
  "offer.error.attachmentMissing": "Brakuje załącznika wymaganego w ogłoszeniu: {label}.",
  "offer.error.declarationRequired": "Zaznacz to oświadczenie — bez niego oferty nie można złożyć.",
  "offer.error.amountTooLarge": "Kwota jest za duża (najwyżej 100 000 000,00 zł).",
  "offer.error.units": "Podaj liczbę jednostek, np. 12 albo 12,5 (najwyżej dwie cyfry po przecinku).",
  "offer.error.outOfRange": "Ta wartość jest poza dopuszczalnym zakresem.",
  "offer.error.tooManyRows": "W tej tabeli jest za dużo wierszy.",
  "offer.error.sectionChanged":
    "Tę część oferty ktoś zmienił w międzyczasie. Twoje zmiany nie zostały zapisane: odśwież stronę, aby zobaczyć aktualną treść, i wprowadź je ponownie.",
  "offer.error.deadlinePassed":
    "Termin składania ofert minął. Oferty nie można już zmienić ani złożyć; projekt pozostaje zapisany.",
  "offer.error.notComplete":
    "Oferta jest niekompletna albo nie spełnia warunków ogłoszenia. Popraw wskazane pola i złóż ją ponownie.",
  "offer.error.notOpen": "Ten konkurs nie przyjmuje teraz ofert.",
  "offer.error.orgNotVerified":
    "Ofertę może złożyć tylko zweryfikowana organizacja. Poczekaj, aż urząd zweryfikuje zgłoszenie organizacji.",
  "offer.error.wrongStatus": "Tej czynności nie można wykonać w obecnym stanie oferty. Odśwież stronę.",
  "offer.error.partnerIdentifier": "Podaj numer KRS albo NIP organizacji partnerskiej.",
  "offer.error.partnerNotFound":
    "W bazie organizacji tej gminy nie ma organizacji o takim numerze KRS ani NIP.",
  "offer.error.partnerNotVerified":
    "Ta organizacja nie została jeszcze zweryfikowana przez urząd, więc nie może być partnerem oferty.",
  "offer.error.partnerAlreadyAdded": "Ta organizacja jest już oferentem w tej ofercie.",
  "offer.error.tooManyPartners":
    "Oferta wspólna może mieć najwyżej {max} partnerów oprócz organizacji wiodącej.",
  "offer.error.cannotRemoveLeader": "Organizacji wiodącej nie można usunąć z oferty.",
};
