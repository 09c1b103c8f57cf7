// Fields lib/auth/options.ts adds to next-auth's token and session.
import "next-auth";
import "next-auth/jwt";

type Role = "INVESTOR" | "STAFF" | "ADMIN";

declare module "next-auth" {
  interface Session {
    user?: { id?: string; role?: Role; sv?: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    sv?: number;
  }
}
