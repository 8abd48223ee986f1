import type { BudgetLine } from "@/lib/budgets/budget-types";
import { formatMoney } from "@/lib/format/money";
import type { Messages } from "@/lib/i18n/messages";
import { RemoveBudgetButton } from "./remove-budget-button";

/** Budget, spent and left per category, a progress bar and the pace, in words as well as bars. */
export function BudgetLines({ lines, text, editable }: { lines: BudgetLine[]; text: Messages["budgets"]; editable: boolean }) {
  return (
    <ul className="budget-lines" data-testid="budget-lines">
      {lines.map((line) => {
        const percent = Math.round(Math.min(line.progress, 9.99) * 100);
        const state = line.progress >= 1 ? "over" : line.progress >= 0.8 ? "near" : "under";
        return (
          <li key={`${line.category}/${line.sub ?? ""}`} className="budget-line" data-testid="budget-line" data-category={line.category} data-sub={line.sub ?? ""} data-budget={line.budget} data-spent={line.spent} data-left={line.left} data-state={state}>
            <div className="budget-line-head">
              <strong>{line.label}</strong>
              <span className={`amount${line.left < 0 ? " negative" : ""}`}>
                {line.left >= 0 ? `${text.left}: ${formatMoney(line.left)}` : text.over.replace("{amount}", formatMoney(-line.left))}
              </span>
            </div>
            <div className="budget-bar" role="progressbar" aria-label={line.label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.min(percent, 100)} aria-valuetext={`${percent} %`}>
              <div className={`budget-bar-fill ${state}`} style={{ width: `${Math.min(percent, 100)}%` }} />
            </div>
            <div className="budget-line-foot muted">
              <span>
                {text.spent} {formatMoney(line.spent)} / {text.budget} {formatMoney(line.budget)}
                {line.carried !== 0 && ` (${text.carried.replace("{amount}", formatMoney(line.carried))})`}
              </span>
              <span data-testid="budget-pace">{text.pace.replace("{projected}", formatMoney(line.projected)).replace("{budget}", formatMoney(line.budget))}</span>
            </div>
            {editable && <RemoveBudgetButton category={line.category} sub={line.sub} label={text.remove} name={line.label} />}
          </li>
        );
      })}
    </ul>
  );
}
