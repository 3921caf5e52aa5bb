import {
  ApiCompetitionDetailSchema,
  ApiCompetitionListSchema,
  CompetitionIdParamsSchema,
} from "~/domain/competitions/api-schemas";
import { PublicCompetitionQuerySchema } from "~/domain/competitions/list-public-competitions";
import { ApiEventListSchema, EventsQuerySchema } from "~/domain/events/api-schemas";
import { ApiNewsListSchema, NewsQuerySchema } from "~/domain/news/api-schemas";
import {
  ApiErrorSchema,
  OrganizationIdParamsSchema,
  OrganizationListResponseSchema,
  OrganizationResponseSchema,
  PublicOrganizationQuerySchema,
} from "~/domain/portal/api-schemas";
import {
  ApiGrantListSchema,
  ApiResultListSchema,
  GrantsQuerySchema,
  ResultsIdParamsSchema,
} from "~/domain/results/api-schemas";
import {
  type ApiEndpoint,
  buildOpenApiDocument,
  type OpenApiDocument,
} from "~/platform/openapi/build-openapi-document";
import { translator } from "../i18n/catalog";

/**
 * The open-data API (/api/v1) as one registry: each endpoint with its parameters and answers, by
 * the same Zod schemas the handlers use. Adding an endpoint is adding an entry here (and its route);
 * the test calls every endpoint listed and checks its answer against the schema.
 */

/** Schemas that appear in the document as named components. */
export const API_SCHEMAS = {
  OrganizationList: OrganizationListResponseSchema,
  Organization: OrganizationResponseSchema,
  CompetitionList: ApiCompetitionListSchema,
  Competition: ApiCompetitionDetailSchema,
  NewsList: ApiNewsListSchema,
  EventList: ApiEventListSchema,
  ResultList: ApiResultListSchema,
  GrantList: ApiGrantListSchema,
  Error: ApiErrorSchema,
};

const CACHE_HEADERS = {
  "Cache-Control": "public, max-age=60",
  "Access-Control-Allow-Origin": "*",
};

export const API_ENDPOINTS: readonly ApiEndpoint[] = [
  {
    path: "/api/v1/organizations",
    method: "get",
    operationId: "listOrganizations",
    summary: "Wyszukiwanie w bazie organizacji pozarządowych",
    description:
      "Organizacje zweryfikowane przez urząd, z filtrami jak w Bazie NGO. Strony po najwyżej 100 wyników.",
    tags: ["Organizacje"],
    query: PublicOrganizationQuerySchema,
    responses: {
      200: { description: "Strona wyników.", schema: OrganizationListResponseSchema, headers: CACHE_HEADERS },
      400: { description: "Nieprawidłowy parametr zapytania.", schema: ApiErrorSchema },
    },
  },
  {
    path: "/api/v1/organizations/{id}",
    method: "get",
    operationId: "getOrganization",
    summary: "Publiczny profil organizacji",
    description: "Tylko dane, które organizacja udostępnia; dane ukryte mają wartość null.",
    tags: ["Organizacje"],
    pathParams: OrganizationIdParamsSchema,
    responses: {
      200: { description: "Profil organizacji.", schema: OrganizationResponseSchema, headers: CACHE_HEADERS },
      404: { description: "Nie ma takiej organizacji w bazie publicznej.", schema: ApiErrorSchema },
    },
  },
  {
    path: "/api/v1/competitions",
    method: "get",
    operationId: "listCompetitions",
    summary: "Otwarte konkursy ofert",
    description:
      "Konkursy opublikowane przez urząd (nigdy projekty): najpierw otwarte, od najbliższego terminu. Terminy w czasie warszawskim z przesunięciem, kwoty w groszach.",
    tags: ["Konkursy"],
    query: PublicCompetitionQuerySchema,
    responses: {
      200: { description: "Strona wyników.", schema: ApiCompetitionListSchema, headers: CACHE_HEADERS },
      400: { description: "Nieprawidłowy parametr zapytania.", schema: ApiErrorSchema },
    },
  },
  {
    path: "/api/v1/competitions/{id}",
    method: "get",
    operationId: "getCompetition",
    summary: "Ogłoszenie konkursu ofert",
    description: "Pełna treść ogłoszenia wraz ze zmianami i ewentualnym unieważnieniem.",
    tags: ["Konkursy"],
    pathParams: CompetitionIdParamsSchema,
    responses: {
      200: {
        description: "Ogłoszenie konkursu.",
        schema: ApiCompetitionDetailSchema,
        headers: CACHE_HEADERS,
      },
      404: { description: "Nie ma takiego opublikowanego konkursu.", schema: ApiErrorSchema },
    },
  },
  {
    path: "/api/v1/news",
    method: "get",
    operationId: "listNews",
    summary: "Aktualności",
    description:
      "Opublikowane wiadomości urzędu i organizacji (nigdy oczekujące ani odrzucone), od najnowszej. Tekst zwykły, akapity oddzielone pustym wierszem.",
    tags: ["Aktualności"],
    query: NewsQuerySchema,
    responses: {
      200: { description: "Strona wiadomości.", schema: ApiNewsListSchema, headers: CACHE_HEADERS },
      400: { description: "Nieprawidłowy parametr zapytania.", schema: ApiErrorSchema },
    },
  },
  {
    path: "/api/v1/events",
    method: "get",
    operationId: "listEvents",
    summary: "Kalendarz wydarzeń",
    description:
      "Opublikowane wydarzenia (odwołane oznaczone statusem cancelled) i terminy składania ofert w ogłoszonych konkursach, w przedziale [from, to) — domyślnie 90 dni od dziś, najwyżej 400 dni. Nigdy zapisy ani wydarzenia czekające na moderację.",
    tags: ["Kalendarz"],
    query: EventsQuerySchema,
    responses: {
      200: { description: "Wydarzenia w przedziale.", schema: ApiEventListSchema, headers: CACHE_HEADERS },
      400: { description: "Nieprawidłowy parametr zapytania.", schema: ApiErrorSchema },
    },
  },
  // Published results and grants (domain/results/api-schemas.ts).
  {
    path: "/api/v1/competitions/{id}/results",
    method: "get",
    operationId: "getCompetitionResults",
    summary: "Wyniki otwartego konkursu ofert",
    description:
      "Wyniki ogłoszone zarządzeniem (art. 15 ust. 2h ustawy): najpierw oferty z dotacją, potem bez dotacji, poniżej progu i odrzucone formalnie. Kwoty w groszach; po korekcie — wynik skorygowany.",
    tags: ["Konkursy"],
    pathParams: ResultsIdParamsSchema,
    responses: {
      200: { description: "Lista wyników.", schema: ApiResultListSchema, headers: CACHE_HEADERS },
      404: {
        description: "Konkurs nie jest publiczny albo nie ma ogłoszonych wyników.",
        schema: ApiErrorSchema,
      },
    },
  },
  {
    path: "/api/v1/grants",
    method: "get",
    operationId: "listGrants",
    summary: "Przyznane dotacje",
    description:
      "Dotacje przyznane w ogłoszonych wynikach konkursów, według roku daty zarządzenia (domyślnie bieżący rok). Kwoty w groszach.",
    tags: ["Dotacje"],
    query: GrantsQuerySchema,
    responses: {
      200: { description: "Strona wyników.", schema: ApiGrantListSchema, headers: CACHE_HEADERS },
      400: { description: "Nieprawidłowy parametr zapytania.", schema: ApiErrorSchema },
    },
  },
];

let cached: OpenApiDocument | null = null;

/** The OpenAPI 3.1 document, with the municipality's name and the address the request came to. */
export function openApiDocument(options: { origin: string; tenantName: string }): OpenApiDocument {
  cached ??= buildOpenApiDocument({
    info: { title: "", version: "1.0.0" },
    schemas: API_SCHEMAS,
    endpoints: API_ENDPOINTS,
  });
  const t = translator("pl");
  return {
    ...cached,
    info: {
      title: t("portal.api.title", { tenant: options.tenantName }),
      version: "1.0.0",
      description: t("portal.api.description"),
    },
    servers: [{ url: options.origin }],
  };
}
