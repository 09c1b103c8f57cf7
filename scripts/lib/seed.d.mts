export function runSeed(databaseUrl: string, options?: { ifEmpty?: boolean }): void;
