export const RETRY_AFTER_SECONDS: number;
export function localeOf(path: string): "en" | "ru" | "zh";
export function unavailablePage(path: string): string;
