// Small type helpers shared by validations and the data layer.

/** `A | B` → `A & B`: the type that has every member's fields. */
export type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
