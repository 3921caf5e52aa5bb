/** Numbers of the public portal (PROCESS.md §8), each with where it comes from. */

/** Organisations per page of the public NGO base when the visitor does not ask for another size. */
export const PUBLIC_PAGE_SIZE = 20;

/** The largest page anyone may ask for (page and API): larger requests are clamped to it (issue 6, "page sizes are capped"). */
export const MAX_PAGE_SIZE = 100;

/** Highest page number accepted; 100 000 organisations at the smallest page size fit well below it. */
export const MAX_PAGE = 100_000;

/** Longest search text accepted; longer text is refused with 400 (issue 6, "bad input"). */
export const MAX_QUERY_LENGTH = 200;

/**
 * Most rows in one CSV or XLSX download of the NGO base: the largest Polish city keeps about
 * 15 000 organisations, so one file holds any municipality's whole base.
 */
export const EXPORT_MAX_ROWS = 20_000;

/**
 * The first year residents could give part of their income tax to an OPP (1 % under UDPP art. 27
 * as enacted in 2003, first returns filed in 2004); 1.5 % since the 2022 tax year
 * (ustawa o PIT art. 45c ust. 1 as amended by the "Polski Ład" act of 29 October 2021).
 */
export const FIRST_OPP_CAMPAIGN_YEAR = 2004;

/** More yearly rows than this in the campaign figures would be a typing mistake, not history. */
export const MAX_OPP_CAMPAIGN_YEARS = 50;
