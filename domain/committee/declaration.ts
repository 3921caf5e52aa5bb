/**
 * The declaration of no conflict of interest a committee member signs before seeing any offer
 * (UDPP art. 15 ust. 2d: the grounds of exclusion of KPA art. 24 apply to the committee). The text
 * is stored with the signature as shown, so a later change of wording does not change what was signed.
 */

/** KPA art. 24 § 1 and § 2: the grounds on which a member may not take part. */
export const KPA_24_GROUNDS: readonly string[] = [
  "jestem stroną postępowania albo pozostaję z jedną ze stron w takim stosunku prawnym, że wynik sprawy może mieć wpływ na moje prawa lub obowiązki (art. 24 § 1 pkt 1 KPA);",
  "jestem małżonkiem, krewnym lub powinowatym do drugiego stopnia osoby reprezentującej oferenta (art. 24 § 1 pkt 2 KPA);",
  "jestem związany z osobą reprezentującą oferenta z tytułu przysposobienia, opieki lub kurateli (art. 24 § 1 pkt 3 KPA);",
  "jestem przedstawicielem oferenta albo małżonkiem, krewnym lub powinowatym do drugiego stopnia albo osobą związaną z tytułu przysposobienia, opieki lub kurateli z przedstawicielem oferenta (art. 24 § 1 pkt 4 KPA);",
  "brałem udział w wydaniu zaskarżonej decyzji w tej sprawie (art. 24 § 1 pkt 5 KPA);",
  "z mojego powodu wszczęto wobec oferenta dochodzenie służbowe, postępowanie dyscyplinarne lub karne (art. 24 § 1 pkt 6 KPA);",
  "jedną ze stron jest osoba pozostająca wobec mnie w stosunku nadrzędności służbowej (art. 24 § 1 pkt 7 KPA);",
  "istnieją okoliczności, które mogą wywołać wątpliwość co do mojej bezstronności (art. 24 § 3 KPA).",
];

/** The text as the member reads and signs it, for one competition. */
export function declarationText(competitionTitle: string): string {
  return [
    `Oświadczenie członka komisji konkursowej o braku konfliktu interesów — konkurs „${competitionTitle}”.`,
    "Oświadczam, że wobec ofert złożonych w tym konkursie nie zachodzi żadna z okoliczności, o których mowa w art. 24 Kodeksu postępowania administracyjnego, w związku z art. 15 ust. 2d ustawy o działalności pożytku publicznego i o wolontariacie, to jest że:",
    ...KPA_24_GROUNDS.map((g) => `— nie ${g}`),
    "Wobec ofert wskazanych poniżej (jeśli je wskazuję) taka okoliczność zachodzi: nie będę ich otwierać ani oceniać.",
    "Zobowiązuję się zachować w tajemnicy informacje poznane w pracach komisji.",
  ].join("\n");
}
