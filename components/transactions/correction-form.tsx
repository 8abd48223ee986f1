"use client";

import { IntentLink as Link } from "@/components/intent-link";
import { useId, useState, type FormEvent } from "react";
import { choiceFromValue, choiceValue, type CategoryOption } from "@/lib/corrections/category-options";
import { kronerText, parseKroner } from "@/lib/corrections/kroner";
import { formatMoney } from "@/lib/format/money";
import type { TransactionView } from "@/lib/transactions/transaction-view";

export interface CorrectionText {
  correctTitle: string;
  bankValue: string;
  keepBank: string;
  categoryLabel: string;
  merchantLabel: string;
  transferLabel: string;
  excludeLabel: string;
  noteLabel: string;
  tagsLabel: string;
  splitLegend: string;
  splitAmount: string;
  splitCategory: string;
  addPart: string;
  removePart: string;
  splitRemaining: string;
  save: string;
  saving: string;
  saved: string;
  createRule: string;
  uncategorised: string;
}

interface Part {
  amount: string;
  category: string;
}

export function CategorySelect({ id, value, onChange, options, empty, name }: { id: string; value: string; onChange: (value: string) => void; options: readonly CategoryOption[]; empty: string; name?: string }) {
  return (
    <select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{empty}</option>
      {options.map((option) => (
        <optgroup key={option.main} label={option.mainLabel}>
          <option value={option.main}>{option.mainLabel}</option>
          {option.subs.map((sub) => (
            <option key={sub.sub} value={`${option.main}/${sub.sub}`}>
              {option.mainLabel} › {sub.subLabel}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/** The owner's corrections of one row; the bank's own values stay as synced and are shown beside. */
export function CorrectionForm({ row, categories, text, onSaved }: { row: TransactionView; categories: readonly CategoryOption[]; text: CorrectionText; onSaved: () => void }) {
  const id = useId();
  const corrected = row.corrected;
  const [category, setCategory] = useState(corrected?.category ? choiceValue(row.category) : "");
  const [merchant, setMerchant] = useState(corrected?.merchantName ? (row.merchantName ?? "") : "");
  // Untouched boxes keep what was set before (a rule's value stays the rule's, not a correction).
  const [transfer, setTransfer] = useState<{ value: boolean; touched: boolean }>({ value: row.isOwnTransfer, touched: false });
  const [excluded, setExcluded] = useState<{ value: boolean; touched: boolean }>({ value: row.excluded, touched: false });
  const [note, setNote] = useState(row.note ?? "");
  const [tags, setTags] = useState((corrected?.tags ?? []).join(", "));
  const [parts, setParts] = useState<Part[]>(row.splits.map((part) => ({ amount: kronerText(part.amount), category: choiceValue(part.category) })));
  const [state, setState] = useState<{ kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string }>({ kind: "idle" });

  const assigned = parts.reduce((sum, part) => sum + (parseKroner(part.amount) ?? 0), 0);
  const bankCategory = row.bank.category ? [row.bank.category.mainLabel, row.bank.category.subLabel].filter(Boolean).join(" › ") : text.uncategorised;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const badPart = parts.findIndex((part) => parseKroner(part.amount) === null);
    if (badPart >= 0) {
      setState({ kind: "error", message: `${text.splitAmount.replace("{n}", String(badPart + 1))}: ?` });
      return;
    }
    setState({ kind: "saving" });
    const body = {
      category: choiceFromValue(category, categories),
      merchantName: merchant.trim() || null,
      isTransfer: transfer.touched ? transfer.value : (corrected?.isTransfer ?? null),
      excluded: excluded.touched ? excluded.value : (corrected?.excluded ?? null),
      note: note.trim() || null,
      tags: tags.split(",").map((tag) => tag.trim()).filter(Boolean),
      splits: parts.map((part) => ({ amount: parseKroner(part.amount) ?? 0, category: choiceFromValue(part.category, categories) })),
    };
    try {
      const response = await fetch(`/api/transactions/${encodeURIComponent(row.id)}/correction`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      const answer = (await response.json().catch(() => null)) as { error?: { message: string } } | null;
      if (!response.ok) throw new Error(answer?.error?.message ?? `HTTP ${response.status}`);
      setState({ kind: "saved" });
      onSaved();
    } catch (error) {
      setState({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form className="correction-form stack" onSubmit={(event) => void submit(event)} data-testid="correction-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{text.correctTitle}</h3>
      <div className="field">
        <label htmlFor={`${id}-category`}>{text.categoryLabel}</label>
        <CategorySelect id={`${id}-category`} name="category" value={category} onChange={setCategory} options={categories} empty={text.keepBank} />
        <small className="muted">{text.bankValue.replace("{value}", bankCategory)}</small>
      </div>
      <div className="field">
        <label htmlFor={`${id}-merchant`}>{text.merchantLabel}</label>
        <input id={`${id}-merchant`} name="merchant" value={merchant} maxLength={100} placeholder={row.bank.merchantName ?? ""} onChange={(event) => setMerchant(event.target.value)} />
        <small className="muted">{text.bankValue.replace("{value}", row.bank.merchantName ?? "—")}</small>
      </div>
      <label className="check">
        <input type="checkbox" name="transfer" checked={transfer.value} onChange={(event) => setTransfer({ value: event.target.checked, touched: true })} /> {text.transferLabel}
      </label>
      <label className="check">
        <input type="checkbox" name="excluded" checked={excluded.value} onChange={(event) => setExcluded({ value: event.target.checked, touched: true })} /> {text.excludeLabel}
      </label>
      <div className="field">
        <label htmlFor={`${id}-note`}>{text.noteLabel}</label>
        <textarea id={`${id}-note`} name="note" rows={2} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tags`}>{text.tagsLabel}</label>
        <input id={`${id}-tags`} name="tags" value={tags} onChange={(event) => setTags(event.target.value)} />
      </div>
      <fieldset className="stack">
        <legend>{text.splitLegend}</legend>
        {parts.map((part, index) => {
          const n = String(index + 1);
          return (
            <div key={index} className="split-part">
              <label>
                {text.splitAmount.replace("{n}", n)}
                <input inputMode="decimal" size={9} value={part.amount} onChange={(event) => setParts(parts.map((p, i) => (i === index ? { ...p, amount: event.target.value } : p)))} />
              </label>
              <label>
                {text.splitCategory.replace("{n}", n)}
                <CategorySelect
                  id={`${id}-part-${index}`}
                  value={part.category}
                  onChange={(value) => setParts(parts.map((p, i) => (i === index ? { ...p, category: value } : p)))}
                  options={categories}
                  empty={text.uncategorised}
                />
              </label>
              <button type="button" className="button secondary small" onClick={() => setParts(parts.filter((_, i) => i !== index))}>
                {text.removePart.replace("{n}", n)}
              </button>
            </div>
          );
        })}
        {parts.length > 0 && <p className="muted" data-testid="split-remaining">{text.splitRemaining.replace("{amount}", formatMoney(row.amount - assigned, row.currencyCode))}</p>}
        <button
          type="button"
          className="button secondary small"
          onClick={() => setParts(parts.length ? [...parts, { amount: kronerText(row.amount - assigned), category: "" }] : [{ amount: kronerText(row.amount), category: choiceValue(row.category) }, { amount: "0", category: "" }])}
        >
          {text.addPart}
        </button>
      </fieldset>
      <div className="toolbar">
        <button type="submit" className="button small" disabled={state.kind === "saving"}>
          {state.kind === "saving" ? text.saving : text.save}
        </button>
        <Link className="button secondary small" href={`/rules?from=${encodeURIComponent(row.id)}`} data-testid="create-rule">
          {text.createRule}
        </Link>
      </div>
      <p role="status" aria-live="polite" className={state.kind === "error" ? "notice error" : "muted"} data-testid="correction-status">
        {state.kind === "saved" ? text.saved : state.kind === "error" ? state.message : ""}
      </p>
    </form>
  );
}
