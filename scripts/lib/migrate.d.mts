export function listMigrations(dir: string): string[];
export function applyMigrations(databaseUrl: string, options?: { dir?: string; log?: (message: string) => void }): Promise<string[]>;
