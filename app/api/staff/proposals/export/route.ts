// CSV export of the filtered proposal pipeline (staff only), same filters as the page.
import { exportPipelineCsv } from "@/lib/data/proposal-pipeline";
import { getUserWith } from "@/lib/session";
import { pipelineFilterSchema } from "@/lib/validations/proposal";

export async function GET(request: Request) {
  const user = await getUserWith("proposal:review");
  if (!user) return new Response("Not found", { status: 404 });
  const filter = pipelineFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const csv = await exportPipelineCsv(user, filter);
  const date = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="proposals-${date}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
