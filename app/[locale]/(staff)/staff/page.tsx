import { redirect } from "next/navigation";

// The back office opens on the inquiries inbox until it has a dashboard of its own.
export default async function StaffHome({ params }: { params: Promise<{ locale: string }> }) {
  redirect(`/${(await params).locale}/staff/inquiries`);
}
