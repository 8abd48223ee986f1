import { afterEach, describe, expect, it, vi } from "vitest";
import { iconUrl } from "./icon-url";

afterEach(() => vi.unstubAllEnvs());

describe("iconUrl", () => {
  it("puts the build's icon version in the address", () => {
    vi.stubEnv("SALDO_ICONS_VERSION", "0123456789ab");
    expect(iconUrl("/icons/nav.svg")).toBe("/icons/v/0123456789ab/nav.svg");
  });

  it("leaves the plain path without a version", () => {
    vi.stubEnv("SALDO_ICONS_VERSION", "");
    expect(iconUrl("/icons/favicon-32.png")).toBe("/icons/favicon-32.png");
  });
});
