"use client";
// The investor's multi-step proposal form. Every save carries the version the
// form last saw, so two open tabs cannot silently overwrite each other; the
// step reached is saved too, so coming back resumes there.
import { useCallback, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { saveProposalStepAction, submitProposalAction } from "@/lib/actions/proposals/investor-proposal";
import { missingForSubmit, PROPOSAL_STEPS, stepOfField, type ProposalFormValues, type SaveStepInput } from "@/lib/validations/proposal";
import { FormMessage } from "@/components/forms/form-message";
import { StepForm } from "./step-form";
import type { CountryOptions } from "@/components/forms/country-field";
import { Button } from "@/components/ui/button";

type Props = {
  id: string;
  version: number;
  step: number;
  values: ProposalFormValues;
  documents: ReactNode;
  countries: CountryOptions;
};

/** The server reports a step's field errors under "values."; the step form names its fields without it. */
const stepFieldErrors = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^values\./, ""), message]));

export function ProposalWizard({ id, version: initialVersion, step: initialStep, values: initialValues, documents, countries }: Props) {
  const t = useTranslations("proposals");
  const tf = useTranslations("forms");
  const router = useRouter();
  const [step, setStep] = useState(initialStep);
  const [values, setValues] = useState(initialValues);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const key = PROPOSAL_STEPS[step];

  // Saves run one after another, each with the version the previous one returned,
  // so an autosave in flight and a click on "Save" never conflict with each other.
  const versionRef = useRef(initialVersion);
  const stepRef = useRef(initialStep);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const saveNow = useCallback(
    async (stepValues: ProposalFormValues, move: -1 | 0 | 1, auto: boolean) => {
      const from = stepRef.current;
      const goTo = Math.max(0, Math.min(PROPOSAL_STEPS.length - 1, from + move));
      if (!auto) setBusy(true);
      // The server parses `values` with the step's own schema (saveStepSchema).
      const input = {
        step: PROPOSAL_STEPS[from],
        version: versionRef.current,
        goTo: move === 0 ? from : goTo,
        values: stepValues,
      } as SaveStepInput;
      const result = await saveProposalStepAction(id, input).catch(() => ({ ok: false as const, formError: "unexpected" }));
      setBusy(false);
      if (!result.ok) {
        setFormError(result.formError ?? "unexpected");
        setServerErrors(stepFieldErrors(("fieldErrors" in result && result.fieldErrors) || {}));
        return;
      }
      setFormError(null);
      setServerErrors({});
      setValues((v) => ({ ...v, ...stepValues }));
      if (result.data) {
        versionRef.current = result.data.version;
      }
      setSaved(auto ? t("autosaved") : tf("savedAt"));
      if (goTo !== from && move !== 0) {
        stepRef.current = goTo;
        setStep(goTo);
      }
    },
    [id, t, tf],
  );

  const onSave = useCallback(
    (stepValues: ProposalFormValues, move: -1 | 0 | 1, auto: boolean) => {
      queue.current = queue.current.then(() => saveNow(stepValues, move, auto));
    },
    [saveNow],
  );

  const goToStep = (i: number) => {
    // Let a pending save of the current step finish first.
    queue.current = queue.current.then(() => {
      stepRef.current = i;
      setStep(i);
    });
  };

  async function submit() {
    setBusy(true);
    await queue.current;
    const result = await submitProposalAction(id, versionRef.current).catch(() => ({ ok: false as const, formError: "unexpected" }));
    setBusy(false);
    if (result.ok) router.refresh();
    else setFormError(result.formError ?? "unexpected");
  }

  const missing = missingForSubmit(values);
  return (
    <div className="wizard">
      <nav aria-label={t("stepOf", { current: step + 1, total: PROPOSAL_STEPS.length })} className="steps">
        <ol>
          {PROPOSAL_STEPS.map((s, i) => (
            <li key={s} aria-current={i === step ? "step" : undefined}>
              <button type="button" className="link-button" disabled={busy} onClick={() => goToStep(i)}>
                {i + 1}. {t(`steps.${s}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <h2>{t(`steps.${key}`)}</h2>
      <p className="muted">{t("stepOf", { current: step + 1, total: PROPOSAL_STEPS.length })}</p>
      {key === "documents" ? (
        <>
          {documents}
          <section aria-labelledby="submit-title" className="submit-panel">
            <h2 id="submit-title">{t("submit")}</h2>
            {missing.length > 0 && (
              <>
                <p>{t("missing")}</p>
                <ul>
                  {missing.map((f) => (
                    <li key={f}>
                      <button type="button" className="link-button" onClick={() => goToStep(PROPOSAL_STEPS.indexOf(stepOfField(f)))}>
                        {t(f === "title" ? "titleField" : f)}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div className="actions">
              <Button type="button" variant="secondary" onClick={() => goToStep(step - 1)}>
                {t("back")}
              </Button>
              <Button type="button" disabled={busy || missing.length > 0} onClick={submit}>
                {t("submit")}
              </Button>
            </div>
          </section>
        </>
      ) : (
        <StepForm
          key={key}
          step={key}
          values={values}
          busy={busy}
          serverErrors={serverErrors}
          onSave={onSave}
          canGoBack={step > 0}
          countries={countries}
        />
      )}
      <FormMessage error={formError} success={formError ? null : saved} />
    </div>
  );
}
