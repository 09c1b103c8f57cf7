// Runs before each test file's imports: points lib/env.ts at this run's database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
