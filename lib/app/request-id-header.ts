/** Set by proxy.ts on the request (for handlers) and on the response (for the client). */
export const REQUEST_ID_HEADER = 'x-request-id';
