"use client";
// react-hook-form wired to a shared zod schema and a server action: the same
// schema validates here and again on the server; the action's field errors land
// on their fields and its form error in the form's live region.
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";

export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<T>>,
  defaultValues: DefaultValues<z.input<S>>,
  // Receives the form too, so a caller can reset it without closing over it.
  onSuccess?: (data: T | undefined, form: UseFormReturn<z.input<S>, unknown, z.output<S>>) => void,
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues,
    mode: "onTouched",
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    // A second save empties the live region first, so its "Saved" is announced again.
    setDone(false);
    // The raw values go to the server, which parses them with the same schema.
    const values = form.getValues();
    let result: ActionResult<T>;
    try {
      result = await action(values);
    } catch {
      result = { ok: false, formError: "unexpected" };
    }
    if (result.ok) {
      setDone(true);
      onSuccess?.(result.data, form);
      return;
    }
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(field as Path<z.input<S>>, { type: "server", message });
    }
    setFormError(result.formError ?? null);
  });

  return { form, onSubmit, formError, done, setDone };
}
