"use server";
// Staff edit resident listings; public pages are revalidated on the spot.
import { revalidatePath } from "next/cache";
import { deleteResident, saveResident, setResidentPublished } from "@/lib/data/resident-admin";
import { revalidateResident } from "@/lib/revalidate";
import { flag, newOrRecordId, recordId } from "@/lib/validations/ids";
import { residentDeleteConfirmation, residentEditSchema } from "@/lib/validations/resident-admin";
import { defineAction } from "@/lib/actions/define-action";

const revalidateListing = ({ slug }: { slug: string }) => revalidateResident(slug);

export const saveResidentAction = defineAction(
  { access: "content:manage", bound: [newOrRecordId], input: residentEditSchema, fields: { slugTaken: "slug" } },
  ({ user, bound: [id], input }) => saveResident(user, id, input),
  {
    data: ({ id, version }) => ({ id, version }),
    revalidate: ({ slug, oldSlug }) => {
      if (oldSlug && oldSlug !== slug) revalidateResident(oldSlug);
      revalidateResident(slug);
      revalidatePath("/[locale]/staff/residents", "page");
    },
  },
);

export const setResidentPublishedAction = defineAction(
  { access: "content:manage", bound: [recordId, flag] },
  ({ user, bound: [id, published] }) => setResidentPublished(user, id, published),
  { revalidate: revalidateListing },
);

export const deleteResidentAction = defineAction(
  { access: "content:manage", bound: [recordId, residentDeleteConfirmation], fields: { notConfirmed: "confirm" } },
  ({ user, bound: [id, confirmSlug] }) => deleteResident(user, id, confirmSlug),
  { revalidate: revalidateListing },
);
