// A short confirmation announced after a mutation, when the thing that was acted
// on goes away (a removed row) or the page changes (a new record opens in its
// editor): the layout's one live region (components/layout/announcer.tsx) shows
// and announces it, and survives client-side navigation.
export const ANNOUNCE_EVENT = "portal:announce";

export function announce(text: string) {
  window.dispatchEvent(new CustomEvent<string>(ANNOUNCE_EVENT, { detail: text }));
}
