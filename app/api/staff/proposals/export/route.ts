// CSV export of the filtered proposal pipeline (staff only), same filters as the page.
import { defineRoute } from "@/lib/boundary/define-route";
import { exportPipelineCsv } from "@/lib/data/proposal-pipeline";
import { csvResponse } from "@/lib/csv";
import { pipelineFilterSchema } from "@/lib/validations/proposal";

export const GET = defineRoute({ access: "proposal:review", hideFromOthers: true, query: pipelineFilterSchema }, async ({ user, query }) =>
  csvResponse(await exportPipelineCsv(user, query), "proposals"),
);
