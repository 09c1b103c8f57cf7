// Account and inquiry schemas: good input passes (normalised), bad input fails
// with the catalog key the form translates.
import { describe, expect, it } from "vitest";
import { profileSchema, registerSchema, tokenPasswordSchema, signInSchema } from "@/lib/validations/account";
import { inboxFilterSchema, inquirySchema, messageSchema } from "@/lib/validations/inquiry";
import { fieldErrorsOf } from "@/lib/actions/result";

const good = {
  name: "Li Wei",
  email: "  Li.Wei@Example.COM ",
  company: "",
  country: "cn",
  locale: "zh",
  password: "long-enough-1",
  passwordConfirm: "long-enough-1",
};

function errorsOf(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) {
  const r = schema.safeParse(value);
  expect(r.success).toBe(false);
  return fieldErrorsOf(r.error as never);
}

describe("registerSchema", () => {
  it("accepts good input, lower-cases the e-mail and upper-cases the country", () => {
    const v = registerSchema.parse(good);
    expect(v.email).toBe("li.wei@example.com");
    expect(v.country).toBe("CN");
  });

  it.each([
    [{ email: "not-an-address" }, "email", "email"],
    [{ password: "short1", passwordConfirm: "short1" }, "password", "passwordTooShort"],
    [{ password: "onlyletters-here", passwordConfirm: "onlyletters-here" }, "password", "passwordLettersDigits"],
    [{ passwordConfirm: "different-123" }, "passwordConfirm", "passwordMismatch"],
    [{ country: "CHN" }, "country", "country"],
    // A name is not a code (the old text box cut "China" to "Ch"), and "XX" is no country.
    [{ country: "China" }, "country", "country"],
    [{ country: "XX" }, "country", "country"],
    [{ country: "" }, "country", "country"],
    [{ locale: "fr" }, "locale", "choose"],
    [{ name: "   " }, "name", "required"],
    [{ email: "abc1234567@x.org", password: "abc1234567@x.org", passwordConfirm: "abc1234567@x.org" }, "password", "passwordIsEmail"],
  ])("refuses %j on %s with %s", (change, field, key) => {
    expect(errorsOf(registerSchema, { ...good, ...change })[field]).toBe(key);
  });

  it("never lets the client choose a role", () => {
    expect("role" in registerSchema.parse({ ...good, role: "ADMIN" })).toBe(false);
  });
});

describe("other account schemas", () => {
  it("sign-in needs an address and a password", () => {
    expect(errorsOf(signInSchema, { email: "", password: "" })).toMatchObject({ email: "required", password: "required" });
  });
  it("reset needs matching passwords", () => {
    expect(errorsOf(tokenPasswordSchema, { token: "x", password: "new-pass-123", passwordConfirm: "other-123" }).passwordConfirm).toBe(
      "passwordMismatch",
    );
  });
  it("profile keeps an empty company", () => {
    expect(profileSchema.parse({ name: "A", company: "", country: "by", locale: "ru" })).toEqual({
      name: "A",
      company: "",
      country: "BY",
      locale: "ru",
    });
  });
});

describe("inquiry schemas", () => {
  const inquiry = {
    topic: "LOGISTICS",
    subject: "Rail to Duisburg",
    message: "How long?",
    contactLocale: "",
    clientKey: crypto.randomUUID(),
  };
  it("accepts a good inquiry", () => expect(inquirySchema.parse(inquiry).topic).toBe("LOGISTICS"));
  it.each([
    [{ topic: "TAXES" }, "topic", "choose"],
    [{ subject: "Hi" }, "subject", "tooShort"],
    [{ message: " " }, "message", "required"],
    [{ message: "x".repeat(10_001) }, "message", "tooLong"],
    [{ clientKey: "1" }, "clientKey", "required"],
  ])("refuses %j", (change, field, key) => {
    expect(errorsOf(inquirySchema, { ...inquiry, ...change })[field]).toBe(key);
  });
  it("a message needs a body", () => {
    expect(errorsOf(messageSchema, { body: "", clientKey: crypto.randomUUID() }).body).toBe("required");
  });
  it("drops bad inbox filters instead of failing", () => {
    expect(inboxFilterSchema.parse({ status: "LOST", from: "yesterday", sort: "random", topic: "LOGISTICS" })).toEqual({
      topic: "LOGISTICS",
      sort: "due",
    });
  });
});
