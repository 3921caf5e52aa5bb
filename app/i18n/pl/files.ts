/** Polish catalogue: files (uploads, attachments of offers). */
export const files = {
  "files.refused.title": "Nie dodano pliku. Popraw wskazany błąd i spróbuj ponownie.",
  "files.refused.missing": "Wybierz plik z dysku.",
  "files.refused.empty": "Wybrany plik jest pusty (0 bajtów). Sprawdź, czy to właściwy plik.",
  "files.refused.tooLarge":
    "Plik jest za duży ({size}). Największy dozwolony plik ma {max}. Zmniejsz go (np. zapisz skan w niższej rozdzielczości) albo podziel na części.",
  "files.refused.tooLargeNoSize":
    "Plik jest za duży. Największy dozwolony plik ma {max}. Zmniejsz go (np. zapisz skan w niższej rozdzielczości) albo podziel na części.",
  "files.refused.type":
    "Tego rodzaju pliku nie można dołączyć. Dozwolone są pliki: {types}. Rodzaj pliku rozpoznajemy po jego zawartości, a nie po nazwie.",
  "files.refused.zipBomb":
    "Tego pliku nie można przyjąć: po rozpakowaniu byłby wielokrotnie większy, niż wskazuje jego rozmiar. Zapisz dokument ponownie w edytorze albo dołącz go jako PDF.",
  "files.refused.totalTooLarge":
    "Załączniki tej oferty zajęłyby razem {total}, a łączny limit to {max}. Usuń niepotrzebny plik albo zmniejsz ten, który dodajesz.",

  "files.page.title": "Załączniki do oferty",
  "files.page.intro":
    "Dołącz dokumenty wymagane w ogłoszeniu konkursu. Załączniki są częścią oferty: potwierdzenie złożenia zawiera sumę kontrolną (SHA-256) każdego z nich.",
  "files.page.back": "Wróć do oferty",
  "files.unsubmittedChanges":
    "Załączniki lub treść oferty zmieniły się od ostatniego złożenia. Złóż ofertę ponownie, aby urząd otrzymał aktualną wersję.",
  "files.closed": "Konkurs nie przyjmuje teraz ofert: załączników nie można już dodawać ani usuwać.",
  "files.readOnly":
    "Możesz przeglądać i pobierać załączniki. Dodawać i usuwać je mogą właściciele i redaktorzy organizacji.",
  "files.notice.added": "Plik został dodany do oferty.",
  "files.notice.removed": "Plik został usunięty z oferty.",

  "files.required.title": "Załączniki wymagane w ogłoszeniu",
  "files.required.none":
    "Ogłoszenie nie wymaga załączników. Możesz dołączyć inne dokumenty, jeśli pomogą w ocenie oferty.",
  "files.required.col.label": "Wymagany załącznik",
  "files.required.col.status": "Stan",
  "files.required.col.files": "Dołączone pliki",
  "files.required.attached": "dołączono",
  "files.required.missing": "brak",

  "files.list.title": "Dołączone pliki",
  "files.list.none": "Nie dołączono jeszcze żadnego pliku.",
  "files.list.usage": "Wykorzystano {used} z {max} dostępnych na załączniki tej oferty.",
  "files.col.name": "Plik",
  "files.col.requirement": "Odpowiada na",
  "files.col.type": "Rodzaj",
  "files.col.size": "Rozmiar",
  "files.col.sha256": "Suma kontrolna (SHA-256)",
  "files.col.actions": "Działania",
  "files.other": "Inny załącznik",
  "files.download": "Pobierz",
  "files.remove": "Usuń",
  "files.sha256.full": "Pełna suma kontrolna SHA-256: {sha256}",

  "files.upload.title": "Dodaj plik",
  "files.upload.file": "Plik",
  "files.upload.hint": "Dozwolone rodzaje: {types}. Największy plik: {max}.",
  "files.upload.requirement": "Który to załącznik?",
  "files.upload.requirement.hint":
    "Wskaż wymagany załącznik, któremu odpowiada ten plik, albo wybierz „Inny załącznik”.",
  "files.upload.submit": "Dodaj plik",
} as const satisfies Record<string, string>;
