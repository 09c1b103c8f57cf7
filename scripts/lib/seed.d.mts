export function runSeed(databaseUrl: string, options?: { ifEmpty?: boolean; demoAccounts?: boolean }): void;
