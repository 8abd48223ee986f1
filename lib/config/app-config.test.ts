import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configFrom } from "./app-config";

const key = randomBytes(32).toString("base64");
const secret = "s".repeat(40);
const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "saldo-config-"));

describe("configFrom", () => {
  it("runs the sandbox with no settings at all, generating secrets once into the data folder", () => {
    const dir = dataDir();
    const first = configFrom({ SALDO_DATA_DIR: dir });
    expect(first.mode).toBe("sandbox");
    expect(first.bank.authUrl).toBe("http://localhost:3000/sandbox");
    expect(first.database.url).toBe(`file:${path.join(dir, "saldo.db")}`);
    const again = configFrom({ SALDO_DATA_DIR: dir });
    expect(again.authSecret).toBe(first.authSecret);
    expect(again.keyring.current.key.equals(first.keyring.current.key)).toBe(true);
    expect(fs.statSync(path.join(dir, "local-secrets.json")).mode & 0o777).toBe(0o600);
  });

  it("switches to the real bank with a client id, and then requires real secrets", () => {
    const env = { SB1_CLIENT_ID: "id", SB1_CLIENT_SECRET: "secret", SALDO_DATA_DIR: dataDir() };
    expect(() => configFrom(env)).toThrowError(/SALDO_ENCRYPTION_KEY and AUTH_SECRET must be set in real-bank mode/);
    const config = configFrom({ ...env, SALDO_ENCRYPTION_KEY: key, AUTH_SECRET: secret });
    expect(config.mode).toBe("bank");
    expect(config.bank.authUrl).toBe("https://api-auth.sparebank1.no");
    expect(config.bank.pkce).toBe(false);
  });

  it("names every bad variable and what is wrong, never its value", () => {
    const env = {
      SALDO_DATA_DIR: dataDir(),
      DATABASE_URL: "postgres://user:hunter2@db",
      SALDO_RATE_BUDGET: "500",
      SB1_FIN_INST: "smn",
      AUTH_SECRET: "short",
    };
    let message = "";
    try {
      configFrom(env);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of ["DATABASE_URL", "SALDO_RATE_BUDGET", "SB1_FIN_INST", "AUTH_SECRET"]) expect(message).toContain(name);
    expect(message).not.toContain("hunter2");
  });

  it("refuses a client id without its secret, and a malformed key", () => {
    expect(() => configFrom({ SB1_CLIENT_ID: "id", SALDO_DATA_DIR: dataDir() })).toThrowError(/SB1_CLIENT_SECRET is required/);
    expect(() => configFrom({ SALDO_ENCRYPTION_KEY: "not-base64", AUTH_SECRET: secret, SALDO_DATA_DIR: dataDir() })).toThrowError(
      /SALDO_ENCRYPTION_KEY key "k1" must be 32 random bytes/,
    );
  });

  it("treats empty values as unset", () => {
    const config = configFrom({ SB1_CLIENT_ID: "", SALDO_RATE_BUDGET: "", SALDO_DATA_DIR: dataDir() });
    expect(config.mode).toBe("sandbox");
    expect(config.sync.rateBudgetPerHour).toBe(50);
  });
});
