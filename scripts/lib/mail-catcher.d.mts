export type CaughtMail = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  date: string;
};
export function startMailCatcher(options?: { smtpPort?: number; httpPort?: number; host?: string; quiet?: boolean }): Promise<{
  messages: CaughtMail[];
  smtpUrl: string;
  webUrl: string;
  stop: () => Promise<unknown>;
}>;
