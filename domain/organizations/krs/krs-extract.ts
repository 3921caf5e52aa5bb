import { z } from "../../../platform/validation/zod-messages";

/**
 * The parts of the public KRS API's "odpis aktualny" (current extract) JSON that the NGO base
 * reads. Everything else in the answer is kept but ignored (loose objects), and every part may be
 * missing: entities differ and the API leaves out empty sections.
 */
const Text = z.string().optional();

const MemberSchema = z.looseObject({
  nazwisko: z.looseObject({ nazwiskoICzlon: Text }).optional(),
  imiona: z.looseObject({ imie: Text, imieDrugie: Text }).optional(),
  funkcjaWOrganie: Text,
  czyZawieszona: z.boolean().optional(),
});

export const KrsExtractSchema = z.looseObject({
  odpis: z.looseObject({
    rodzaj: Text,
    naglowekA: z.looseObject({ rejestr: Text, numerKRS: Text, stanZDnia: Text }).optional(),
    dane: z.looseObject({
      dzial1: z.looseObject({
        danePodmiotu: z.looseObject({
          formaPrawna: Text,
          nazwa: z.string(),
          identyfikatory: z.looseObject({ regon: Text, nip: Text }).optional(),
          czyPosiadaStatusOPP: z.boolean().optional(),
        }),
        siedzibaIAdres: z
          .looseObject({
            siedziba: z
              .looseObject({ miejscowosc: Text, gmina: Text, powiat: Text, wojewodztwo: Text })
              .optional(),
            adres: z
              .looseObject({
                ulica: Text,
                nrDomu: Text,
                nrLokalu: Text,
                kodPocztowy: Text,
                miejscowosc: Text,
              })
              .optional(),
            adresPocztyElektronicznej: Text,
            adresStronyInternetowej: Text,
          })
          .optional(),
      }),
      dzial2: z
        .looseObject({
          reprezentacja: z
            .looseObject({
              nazwaOrganu: Text,
              sposobReprezentacji: Text,
              sklad: z.array(MemberSchema).optional(),
            })
            .optional(),
        })
        .optional(),
      dzial3: z
        .looseObject({
          celDzialaniaOrganizacji: z.looseObject({ celDzialania: Text }).optional(),
        })
        .optional(),
    }),
  }),
});

export type KrsExtract = z.infer<typeof KrsExtractSchema>;
