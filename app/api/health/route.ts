// GET /api/health — liveness plus database reachability, for load balancers and ops.
// 200 when the database answers, 503 when it does not. Exposes no user data.
import { defineRoute } from "@/lib/boundary/define-route";
import { checkDatabase } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ access: "public" }, async () => {
  const database = await checkDatabase();
  const body = { status: database.ok ? "ok" : "degraded", database: database.ok ? "up" : "down", latencyMs: database.latencyMs };
  return Response.json(body, { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
