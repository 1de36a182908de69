// Ids for new records: random, so that records made on two devices never share a key.
export const newId = () =>
	globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
