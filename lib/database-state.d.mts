export function noteDatabaseUnreachable(): void;
export function noteDatabaseReachable(): void;
export function databaseUnreachableSince(): number | null;
