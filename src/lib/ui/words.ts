/** "1 scenario", "3 scenarios". */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
