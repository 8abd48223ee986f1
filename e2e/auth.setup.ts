import { test as setup } from "@playwright/test";
import { loginThroughSandbox } from "./support/sandbox-login";
import { STORAGE_STATE } from "./support/paths";

// One BankID login for the specs that only need to be logged in (each login costs bank calls).
setup("log in as Kari Nordmann", async ({ page }) => {
  await loginThroughSandbox(page, "Kari Nordmann");
  await page.context().storageState({ path: STORAGE_STATE });
});
