// The error a compare-and-set write throws, inside its transaction so that nothing is written,
// when the record is no longer what this tab read: another tab of the app moved it on.
export const staleWrite = () =>
	Object.assign(new Error('The saved record changed in another tab since this tab read it.'), {
		name: 'StaleWrite'
	});

export const isStale = (error: unknown) => (error as Error)?.name === 'StaleWrite';
