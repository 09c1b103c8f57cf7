export function assertLocal(url: string): void;
export function startTestServer(): Promise<{ adminUrl: string; embedded: boolean; stop: () => Promise<void> }>;
export function withDatabase(url: string, database: string): string;
export function createDatabase(adminUrl: string, label: string): Promise<{ url: string; name: string; drop: () => Promise<void> }>;
