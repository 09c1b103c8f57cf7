"use server";
// "Sign out everywhere else": every other session of the signed-in user ends now.
import { signOutOtherSessions } from "@/lib/data/accounts";
import { defineAction } from "@/lib/actions/define-action";

export const signOutOtherSessionsAction = defineAction({ access: "signedIn" }, ({ user }) => signOutOtherSessions(user), {
  data: ({ ended }) => ({ ended }),
});
