// No Great Stone-specific step list or document list was found
// (shared/content/park-facts.md §1.6), so none is shown: the park page states
// what the sources say (statements.park.procedure, lib/content/statements.ts)
// and lists, under park.askItems, what to ask the Administration instead.
export const ASK_ADMINISTRATION = ["steps", "documents", "deadline", "fees"] as const;
