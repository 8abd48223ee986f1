import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { serverCommand } from "./server-command";

describe("serverCommand", () => {
  it("runs the server as given at niceness 0", () => {
    expect(serverCommand(["next", "start", "-p", "3231"], 0)).toEqual(["next", ["start", "-p", "3231"]]);
    expect(serverCommand(["next", "start"])).toEqual(["next", ["start"]]);
  });

  it("runs it behind nice(1) from 1 on, and the process gets that niceness", () => {
    const [command, args] = serverCommand(["nice"], 10);
    expect([command, args]).toEqual(["nice", ["-n", "10", "nice"]]);
    // nice(1) without arguments prints its own niceness, here the server's: 10 above this process's
    // own, at most 19.
    const own = Number(execFileSync("nice", { encoding: "utf8" }));
    expect(Number(execFileSync(command, args, { encoding: "utf8" }))).toBe(Math.min(19, own + 10));
  });

  it.each([1, 19])("takes a niceness of %s", (niceness) => {
    expect(serverCommand(["next"], niceness)).toEqual(["nice", ["-n", String(niceness), "next"]]);
  });

  it.each([-1, 20, 2.5, Number.NaN])("refuses a niceness of %s", (niceness) => {
    expect(() => serverCommand(["next"], niceness)).toThrow(/whole number from 0 to 19/);
  });

  it("refuses an empty command line", () => {
    expect(() => serverCommand([], 10)).toThrow(/needs a command/);
  });
});
