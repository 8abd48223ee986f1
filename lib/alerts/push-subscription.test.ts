import { describe, expect, it } from "vitest";
import { pushSubscriptionSchema } from "./push-subscription";

const keys = { p256dh: "B".repeat(87), auth: "A".repeat(22) };

describe("pushSubscriptionSchema", () => {
  it("turns away an endpoint that is no address at all with an error, instead of throwing", () => {
    for (const endpoint of ["x", "https://", "not a url", ""]) {
      const result = pushSubscriptionSchema.safeParse({ endpoint, keys });
      expect(result.success, endpoint).toBe(false);
    }
  });

  it("takes an https endpoint or one on this machine, and nothing else", () => {
    expect(pushSubscriptionSchema.safeParse({ endpoint: "https://push.example.test/send/abc", keys }).success).toBe(true);
    expect(pushSubscriptionSchema.safeParse({ endpoint: "http://127.0.0.1:4010/push/1", keys }).success).toBe(true);
    expect(pushSubscriptionSchema.safeParse({ endpoint: "http://push.example.test/send/abc", keys }).success).toBe(false);
    expect(pushSubscriptionSchema.safeParse({ endpoint: "ftp://push.example.test/abc", keys }).success).toBe(false);
  });
});
