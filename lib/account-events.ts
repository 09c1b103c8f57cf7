// A change made on a page that the header's account island shows too (the unread
// count): the page announces it, the island re-reads /api/me. A DOM event, so the
// island stays a small script on cached public pages with no shared store.
export const ACCOUNT_CHANGED = "portal:account-changed";

export function announceAccountChange() {
  window.dispatchEvent(new Event(ACCOUNT_CHANGED));
}
