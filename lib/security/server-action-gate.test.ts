import { describe, expect, it } from "vitest";
import { checkServerActionRequest } from "./server-action-gate";

const ORIGIN = "http://localhost:3000";
const ID = "7f".repeat(21);

function actionRequest(init: { method?: string; origin?: string | null; id?: string; body?: BodyInit; type?: string | null; forwardedHost?: string } = {}) {
  const headers = new Headers({ "next-action": init.id ?? ID, host: "localhost:3000" });
  if (init.forwardedHost) headers.set("x-forwarded-host", init.forwardedHost);
  if (init.origin !== null) headers.set("origin", init.origin ?? ORIGIN);
  const form = new FormData();
  form.set("0", '["$K1"]');
  form.set("1_locale", "en");
  const body = init.body ?? form;
  const request = new Request(`${ORIGIN}/settings`, { method: init.method ?? "POST", headers, body: init.method === "GET" ? undefined : body });
  if (init.type !== undefined) {
    const copy = new Headers(request.headers);
    if (init.type === null) copy.delete("content-type");
    else copy.set("content-type", init.type);
    return new Request(request, { headers: copy });
  }
  return request;
}

describe("checkServerActionRequest", () => {
  it("lets ordinary requests and well-formed actions through", async () => {
    expect(await checkServerActionRequest(new Request(`${ORIGIN}/`), [ORIGIN])).toBeNull();
    expect(await checkServerActionRequest(actionRequest(), [ORIGIN])).toBeNull();
  });

  it.each([
    ["a GET", { method: "GET" }, 405],
    ["no Origin", { origin: null }, 403],
    ["a foreign Origin", { origin: "https://evil.example" }, 403],
    ["an unparseable Origin", { origin: "null" }, 403],
    ["an empty Origin", { origin: "" }, 403],
    ["an Origin of another host than X-Forwarded-Host", { forwardedHost: "evil.example" }, 403],
    ["a made-up id", { id: "../../x" }, 400],
    ["JSON instead of a form", { body: '{"a":1}', type: "application/json" }, 400],
    ["a broken multipart body", { body: "garbage", type: "multipart/form-data; boundary=x" }, 400],
  ])("refuses %s", async (_name, init, status) => {
    const refusal = await checkServerActionRequest(actionRequest(init as never), [ORIGIN]);
    expect(refusal?.status).toBe(status);
    expect(refusal?.code).toBeTruthy();
  });

  it("accepts a JSON argument list sent as text, as Next's client sends argument-less actions", async () => {
    expect(await checkServerActionRequest(actionRequest({ body: "[]", type: "text/plain;charset=UTF-8" }), [ORIGIN])).toBeNull();
    expect((await checkServerActionRequest(actionRequest({ body: "{not json", type: "text/plain;charset=UTF-8" }), [ORIGIN]))?.status).toBe(400);
    expect((await checkServerActionRequest(actionRequest({ body: '{"a":1}', type: "text/plain" }), [ORIGIN]))?.status).toBe(400);
  });

  it("refuses an argument list that is not a JSON array", async () => {
    const form = new FormData();
    form.set("0", "none");
    expect((await checkServerActionRequest(actionRequest({ body: form }), [ORIGIN]))?.status).toBe(400);
  });

  it("leaves the body readable for Next afterwards", async () => {
    const request = actionRequest();
    await checkServerActionRequest(request, [ORIGIN]);
    expect((await request.formData()).get("1_locale")).toBe("en");
  });

  it("checks form posts to pages without a Next-Action header too, as Next parses them as actions", async () => {
    const post = (body: BodyInit, type?: string, origin?: string) => {
      const request = new Request(`${ORIGIN}/login`, { method: "POST", body, headers: { host: "localhost:3000", ...(origin === undefined ? {} : { origin }) } });
      if (!type) return request;
      const headers = new Headers(request.headers);
      headers.set("content-type", type);
      return new Request(request, { headers });
    };
    expect((await checkServerActionRequest(post("x", "multipart/form-data; boundary=x"), [ORIGIN]))?.status).toBe(400);
    expect((await checkServerActionRequest(post(new FormData()), [ORIGIN]))?.status).toBe(400);
    expect((await checkServerActionRequest(post("x", "multipart/form-data; boundary=x"), [ORIGIN], { page: false }))).toBeNull();
    const form = new FormData();
    form.set(`$ACTION_ID_${ID}`, "");
    expect(await checkServerActionRequest(post(form), [ORIGIN])).toBeNull();
    const forged = new FormData();
    forged.set("$ACTION_ID_../x", "");
    expect((await checkServerActionRequest(post(forged), [ORIGIN]))?.status).toBe(400);
    expect(await checkServerActionRequest(post("a=1", "application/x-www-form-urlencoded"), [ORIGIN])).toBeNull();
    // Next parses every multipart post to a page as an action and aborts on a foreign or broken Origin.
    expect(await checkServerActionRequest(post(form, undefined, ORIGIN), [ORIGIN])).toBeNull();
    for (const origin of ["", "%", "null", "https://evil.example"]) {
      expect((await checkServerActionRequest(post(form, undefined, origin), [ORIGIN]))?.status).toBe(403);
    }
  });

  it("accepts only the argument encodings Saldo's actions take: values and form data, no references to missing parts", async () => {
    const withArgs = (args: string | null) => {
      const form = new FormData();
      if (args !== null) form.set("0", args);
      form.set("1_locale", "en");
      return actionRequest({ body: form });
    };
    expect(await checkServerActionRequest(withArgs('[{"done":null},"$K1"]'), [ORIGIN])).toBeNull();
    expect(await checkServerActionRequest(withArgs('["$$literal", "$undefined", 1, null]'), [ORIGIN])).toBeNull();
    for (const args of ['["$@1"]', '[{"a":"$Q2"}]', '["$1"]', '["$T"]', '["$F1"]', null]) {
      expect((await checkServerActionRequest(withArgs(args), [ORIGIN]))?.status, String(args)).toBe(400);
    }
    expect((await checkServerActionRequest(actionRequest({ body: '["$@1"]', type: "text/plain;charset=UTF-8" }), [ORIGIN]))?.status).toBe(400);
  });

  it("knows the fields of a no-JavaScript action call and refuses others", async () => {
    const post = (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      return new Request(`${ORIGIN}/settings`, { method: "POST", body: form, headers: { host: "localhost:3000", origin: ORIGIN } });
    };
    expect(await checkServerActionRequest(post({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"x","bound":"$@1"}', "$ACTION_1:1": "[]", $ACTION_KEY: "k" }), [ORIGIN])).toBeNull();
    expect((await checkServerActionRequest(post({ $ACTION_BAD: "" }), [ORIGIN]))?.status).toBe(400);
  });
});
