/** A monthly budget as the owner set it. `sub` is null for the whole top-level category. */
export interface BudgetPlan {
  category: string;
  sub: string | null;
  /** øre per month. */
  amount: number;
  rollover: boolean;
  /** "yyyy-MM": the first month the budget applies (and rollover counts) from. */
  since: string;
}

export interface BudgetLine {
  category: string;
  sub: string | null;
  label: string;
  /** The month's budget with what rolled over from earlier months. */
  budget: number;
  base: number;
  carried: number;
  spent: number;
  left: number;
  /** spent / budget (0 when the budget is 0 and nothing was spent). */
  progress: number;
  /** What the month comes to at this pace (the spent amount itself for a finished month). */
  projected: number;
  rollover: boolean;
}

export interface UnbudgetedSpending {
  category: string;
  label: string;
  spent: number;
}

export interface BudgetMonth {
  month: string;
  lines: BudgetLine[];
  unbudgeted: UnbudgetedSpending[];
  totals: { budget: number; spent: number; left: number; projected: number };
}
