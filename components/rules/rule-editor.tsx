"use client";

import { IntentLink as Link } from "@/components/intent-link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { choiceFromValue, choiceValue, type CategoryOption } from "@/lib/corrections/category-options";
import { kronerText, parseKroner } from "@/lib/corrections/kroner";
import { formatMoney } from "@/lib/format/money";
import { defaultRuleName } from "@/lib/rules/default-rule-name";
import type { RuleLabels } from "@/lib/rules/describe-rule";
import type { RuleSeed } from "@/lib/rules/seed-rule";
import { CategorySelect } from "../transactions/correction-form";

export interface RuleEditorText extends RuleLabels {
  newRule: string;
  editRuleTitle: string;
  cancelEdit: string;
  ruleUpdated: string;
  ruleName: string;
  ruleDefaultName: string;
  conditions: string;
  actions: string;
  anyAccount: string;
  anyDirection: string;
  anyCategory: string;
  noChange: string;
  preview: string;
  previewCount: string;
  previewFirst: string;
  saveRule: string;
  ruleSaved: string;
  saving: string;
}

interface Preview {
  count: number;
  sample: { id: string; bookingDate: string; amount: number; description: string; merchantName: string | null; currencyCode: string }[];
}

type Tri = "" | "true" | "false";
const tri = (value: boolean | undefined): Tri => (value === undefined ? "" : value ? "true" : "false");
const fromTri = (value: Tri) => (value === "" ? undefined : value === "true");
const optional = (value: string) => value.trim() || undefined;

async function send(url: string, body: unknown, method: "POST" | "PUT" = "POST"): Promise<unknown> {
  const response = await fetch(url, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const answer = (await response.json().catch(() => null)) as { error?: { message: string } } | null;
  if (!response.ok) throw new Error(answer?.error?.message ?? `HTTP ${response.status}`);
  return answer;
}

/**
 * A new rule, or a change to one (`editingId`): conditions, actions, a preview of the stored rows it
 * matches, then save (applied to all history).
 */
export function RuleEditor({
  seed,
  editingId,
  categories,
  accounts,
  text,
  locale,
}: {
  seed: RuleSeed | null;
  editingId?: string;
  categories: readonly CategoryOption[];
  accounts: readonly { id: string; name: string }[];
  text: RuleEditorText;
  locale: string;
}) {
  const id = useId();
  const router = useRouter();
  const c = seed?.conditions ?? {};
  const a = seed?.actions ?? {};
  const [form, setForm] = useState({
    name: seed?.name ?? "",
    descriptionContains: c.descriptionContains ?? "",
    descriptionMatches: c.descriptionMatches ?? "",
    merchantContains: c.merchantContains ?? "",
    merchantMatches: c.merchantMatches ?? "",
    minAmount: c.minAmount === undefined ? "" : kronerText(c.minAmount),
    maxAmount: c.maxAmount === undefined ? "" : kronerText(c.maxAmount),
    accountId: c.accountId ?? "",
    direction: c.direction ?? "",
    bankCategory: c.bankCategory ?? "",
    remoteAccount: c.remoteAccount ?? "",
    setCategory: choiceValue(a.setCategory),
    renameMerchant: a.renameMerchant ?? "",
    markTransfer: tri(a.markTransfer),
    exclude: tri(a.exclude),
    addTag: a.addTag ?? "",
  });
  const [preview, setPreview] = useState<{ key: string; result: Preview } | null>(null);
  const [status, setStatus] = useState<{ kind: "idle" | "busy" } | { kind: "error" | "done"; message: string }>({ kind: "idle" });
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  const amount = (value: string) => {
    const ore = value.trim() ? parseKroner(value) : undefined;
    return ore === null ? Number.NaN : ore === undefined ? undefined : Math.abs(ore);
  };
  const conditions = {
    descriptionContains: optional(form.descriptionContains),
    descriptionMatches: optional(form.descriptionMatches),
    merchantContains: optional(form.merchantContains),
    merchantMatches: optional(form.merchantMatches),
    minAmount: amount(form.minAmount),
    maxAmount: amount(form.maxAmount),
    accountId: optional(form.accountId),
    direction: optional(form.direction),
    bankCategory: optional(form.bankCategory),
    remoteAccount: optional(form.remoteAccount),
  };
  const rule = {
    name: form.name.trim() || defaultRuleName([form.descriptionContains, form.merchantContains, form.descriptionMatches, form.merchantMatches], text.ruleDefaultName),
    conditions,
    actions: {
      setCategory: choiceFromValue(form.setCategory, categories) ?? undefined,
      renameMerchant: optional(form.renameMerchant),
      markTransfer: fromTri(form.markTransfer as Tri),
      exclude: fromTri(form.exclude as Tri),
      addTag: optional(form.addTag),
    },
  };
  // NaN is not JSON: a malformed amount is sent as text so the server names the field.
  const replacer = (_key: string, value: unknown) => (typeof value === "number" && Number.isNaN(value) ? "?" : value);
  const key = JSON.stringify(conditions, replacer);
  const previewed = preview?.key === key;

  const runPreview = async () => {
    setStatus({ kind: "busy" });
    try {
      const result = (await send("/api/rules/preview", JSON.parse(JSON.stringify({ conditions }, replacer)))) as Preview;
      setPreview({ key, result });
      setStatus({ kind: "idle" });
    } catch (error) {
      setStatus({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    }
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!previewed) return void runPreview();
    setStatus({ kind: "busy" });
    try {
      const body = JSON.parse(JSON.stringify(rule, replacer)) as unknown;
      if (editingId) await send(`/api/rules/${encodeURIComponent(editingId)}`, body, "PUT");
      else await send("/api/rules", body);
      setStatus({ kind: "done", message: (editingId ? text.ruleUpdated : text.ruleSaved).replace("{count}", String(preview.result.count)) });
      router.refresh();
    } catch (error) {
      setStatus({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    }
  };

  const input = (name: keyof typeof form, label: string, extra: { inputMode?: "decimal" } = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} name={name} value={form[name]} maxLength={100} onChange={(event) => set(name)(event.target.value)} {...extra} />
    </div>
  );
  const choice = (name: keyof typeof form, label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} name={name} value={form[name]} onChange={(event) => set(name)(event.target.value)}>
        <option value="">{text.noChange}</option>
        <option value="true">{text.yes}</option>
        <option value="false">{text.no}</option>
      </select>
    </div>
  );

  return (
    <form id="rule-editor" className="card rule-form stack" onSubmit={(event) => void save(event)} aria-labelledby={`${id}-title`} data-testid="rule-editor" data-editing={editingId}>
      <h2 id={`${id}-title`}>{editingId ? text.editRuleTitle.replace("{name}", seed?.name ?? "") : text.newRule}</h2>
      {input("name", text.ruleName)}
      <fieldset className="rule-grid">
        <legend>{text.conditions}</legend>
        {input("descriptionContains", text.descriptionContains)}
        {input("descriptionMatches", text.descriptionMatches)}
        {input("merchantContains", text.merchantContains)}
        {input("merchantMatches", text.merchantMatches)}
        {input("minAmount", text.minAmount, { inputMode: "decimal" })}
        {input("maxAmount", text.maxAmount, { inputMode: "decimal" })}
        <div className="field">
          <label htmlFor={`${id}-accountId`}>{text.account}</label>
          <select id={`${id}-accountId`} value={form.accountId} onChange={(event) => set("accountId")(event.target.value)}>
            <option value="">{text.anyAccount}</option>
            {accounts.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-direction`}>{text.direction}</label>
          <select id={`${id}-direction`} value={form.direction} onChange={(event) => set("direction")(event.target.value)}>
            <option value="">{text.anyDirection}</option>
            <option value="in">{text.moneyIn}</option>
            <option value="out">{text.moneyOut}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-bankCategory`}>{text.bankCategory}</label>
          <select id={`${id}-bankCategory`} value={form.bankCategory} onChange={(event) => set("bankCategory")(event.target.value)}>
            <option value="">{text.anyCategory}</option>
            {categories.map((option) => (
              <option key={option.main} value={option.main}>
                {option.mainLabel}
              </option>
            ))}
          </select>
        </div>
        {input("remoteAccount", text.remoteAccount)}
      </fieldset>
      <fieldset className="rule-grid">
        <legend>{text.actions}</legend>
        <div className="field">
          <label htmlFor={`${id}-setCategory`}>{text.setCategory}</label>
          <CategorySelect id={`${id}-setCategory`} value={form.setCategory} onChange={set("setCategory")} options={categories} empty={text.noChange} />
        </div>
        {input("renameMerchant", text.renameMerchant)}
        {choice("markTransfer", text.markTransfer)}
        {choice("exclude", text.exclude)}
        {input("addTag", text.addTag)}
      </fieldset>
      <div className="toolbar">
        <button type="button" className="button secondary small" onClick={() => void runPreview()} disabled={status.kind === "busy"} data-testid="rule-preview">
          {text.preview}
        </button>
        <button type="submit" className="button small" disabled={!previewed || status.kind === "busy"} data-testid="rule-save">
          {status.kind === "busy" ? text.saving : text.saveRule}
        </button>
        {editingId && (
          <Link className="button secondary small" href="/rules">
            {text.cancelEdit}
          </Link>
        )}
      </div>
      <div role="status" aria-live="polite" data-testid="rule-status">
        {status.kind === "error" && <p className="notice error">{status.message}</p>}
        {status.kind === "done" && <p className="notice">{status.message}</p>}
        {!previewed && status.kind !== "done" && <p className="muted">{text.previewFirst}</p>}
        {preview && previewed && (
          <>
            <p data-testid="rule-preview-count" data-count={preview.result.count}>
              {text.previewCount.replace("{count}", String(preview.result.count))}
            </p>
            <ul className="rule-list" data-testid="rule-preview-sample">
              {preview.result.sample.map((row) => (
                <li key={row.id}>
                  <span>
                    {row.bookingDate} {row.description}
                  </span>
                  <span className="amount">{formatMoney(row.amount, row.currencyCode, locale)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </form>
  );
}
