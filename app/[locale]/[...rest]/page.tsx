// Any unknown path under a locale renders that locale's translated 404.
import { notFound } from "next/navigation";

export default function CatchAll() {
  notFound();
}
