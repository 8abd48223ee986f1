"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { saveAlertSettingsAction, type AlertFormState } from "@/app/[locale]/settings/alert-actions";
import type { AlertSettings } from "@/lib/alerts/alert-settings";
import { kronerFieldText } from "@/lib/corrections/kroner";
import type { Messages } from "@/lib/i18n/messages";

interface Props {
  locale: string;
  settings: AlertSettings;
  accounts: { id: string; name: string }[];
  text: Messages["alerts"];
}


/** Each kind of alert on or off, with its limit; per account too for low balance. */
export function AlertSettingsForm({ locale, settings, accounts, text }: Props) {
  const [state, action, pending] = useActionState<AlertFormState, FormData>(saveAlertSettingsAction, { status: "idle" });
  // Submitted by hand: a form action would reset the fields to what the page was rendered with.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const invalid = (name: string) => state.status === "invalid" && state.fields?.includes(name);
  const toggle = (name: string, label: string, checked: boolean) => (
    <label className="checkbox">
      <input type="checkbox" name={name} defaultChecked={checked} />
      {label}
    </label>
  );
  const number = (name: string, label: string, value: string, suffix?: string) => (
    <label className="inline-field">
      <span>{label}</span>
      <input name={name} defaultValue={value} inputMode="decimal" size={8} aria-invalid={invalid(name) || undefined} />
      {suffix}
    </label>
  );
  return (
    <form onSubmit={submit} className="alert-settings" data-testid="alert-settings">
      <input type="hidden" name="locale" value={locale} />
      <fieldset>
        <legend>{text.kinds.lowBalance}</legend>
        {toggle("lowBalance.enabled", text.kinds.lowBalance, settings.lowBalance.enabled)}
        {number("lowBalance.threshold", text.threshold, kronerFieldText(settings.lowBalance.threshold, locale), "kr")}
        {accounts.map((account) => {
          const own = settings.lowBalance.accounts[account.id];
          return (
            <div key={account.id} className="inline-field">
              {toggle(`lowBalance.account.${account.id}`, account.name, own !== null)}
              {number(`lowBalance.limit.${account.id}`, `${text.threshold} (${account.name})`, own === null || own === undefined ? "" : kronerFieldText(own, locale), "kr")}
            </div>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{text.kinds.largeTransaction}</legend>
        {toggle("largeTransaction.enabled", text.kinds.largeTransaction, settings.largeTransaction.enabled)}
        {number("largeTransaction.threshold", text.threshold, kronerFieldText(settings.largeTransaction.threshold, locale), "kr")}
      </fieldset>
      <fieldset>
        <legend>{text.kinds.unusualSpending}</legend>
        {toggle("unusualSpending.enabled", text.kinds.unusualSpending, settings.unusualSpending.enabled)}
        {number("unusualSpending.factor", text.threshold, String(settings.unusualSpending.factor), "×")}
      </fieldset>
      <fieldset>
        <legend>{text.kinds.syncFailing}</legend>
        {toggle("syncFailing.enabled", text.kinds.syncFailing, settings.syncFailing.enabled)}
        {number("syncFailing.hours", text.threshold, String(settings.syncFailing.hours), "h")}
      </fieldset>
      <fieldset>
        <legend>{text.settings}</legend>
        {toggle("budget.enabled", text.kinds.budget, settings.budget.enabled)}
        {toggle("newSubscription.enabled", text.kinds.newSubscription, settings.newSubscription.enabled)}
        {toggle("priceRise.enabled", text.kinds.priceRise, settings.priceRise.enabled)}
        {toggle("recurringMissed.enabled", text.kinds.recurringMissed, settings.recurringMissed.enabled)}
        {toggle("loginExpiring.enabled", text.kinds.loginExpiring, settings.loginExpiring.enabled)}
        {toggle("details", text.details, settings.details)}
      </fieldset>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {text.save}
        </button>
      </div>
      <p aria-live="polite" role="status" className={state.status === "invalid" ? "field-error" : "muted"} data-testid="alert-settings-status" style={{ margin: 0 }}>
        {state.status === "saved" ? text.saved : state.status === "invalid" ? text.invalid.replace("{fields}", (state.fields ?? []).join(", ")) : ""}
      </p>
    </form>
  );
}
