export function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  database: string;
  quiet?: boolean;
}): Promise<{ url: string; stop: () => Promise<void> }>;
export function ensureDatabase(conn: object, database: string): Promise<void>;
