const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids; anything else names nothing (NOT_FOUND), and must not reach a `uuid` column as a driver error. */
export const isUuid = (id: string): boolean => UUID.test(id);
