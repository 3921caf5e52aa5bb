/** Hidden form field (or X-CSRF-Token header) carrying the CSRF token; shared by forms and the server. */
export const CSRF_FIELD = "_csrf";
