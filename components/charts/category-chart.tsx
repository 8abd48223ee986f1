"use client";

import { useState } from "react";
import { ChartCard } from "./chart-card";
import { CategoryIcon } from "@/components/category-icon";
import { categoryAppearance, categoryColorVar } from "@/lib/categories/category-appearance";
import { CategoryDonut } from "./static-plots";

interface Category {
  main: string;
  label: string;
  total: number;
  count: number;
  share: number;
  /** The amount and share as the server wrote them (lib/format/category-spending-text). */
  amountText: string;
  shareText: string;
  subs: { sub: string; label: string; total: number; count: number; amountText: string }[];
}

interface Props {
  totalText: string;
  categories: Category[];
  monthPicker: React.ReactNode;
  text: {
    title: string;
    category: string;
    amount: string;
    count: string;
    showTable: string;
    showChart: string;
    summary: string;
    empty: string;
    total: string;
    subcategoriesOf: string;
  };
}

/**
 * The month's spending as a ring of category shares beside the categories as bars, each in its own
 * icon and colour; choosing one (click or keyboard) drills down to its subcategories.
 */
export function CategoryChart({ totalText, categories, monthPicker, text }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const table = {
    columns: [text.category, text.amount, text.count],
    rows: categories.flatMap((category) => [
      [category.label, category.amountText, String(category.count)],
      ...category.subs.map((sub) => [`${category.label} › ${sub.label}`, sub.amountText, String(sub.count)]),
    ]),
  };
  return (
    <ChartCard title={text.title} summary={text.summary} table={table} labels={text} actions={monthPicker} testId="spending-by-category">
      {categories.length === 0 ? (
        <p className="muted">{text.empty}</p>
      ) : (
        <div className="category-overview">
          <CategoryDonut categories={categories} totalText={totalText} label={text.summary} totalLabel={text.total} />
          <div>
            <p className="sr-only">
              {text.total}: <strong data-testid="category-month-total">{totalText}</strong>
            </p>
            <ul className="category-list">
              {categories.map((category) => (
                <li key={category.main} data-testid="category-item" data-category={category.main} data-total={category.total}>
                  <button type="button" aria-expanded={open === category.main} onClick={() => setOpen(open === category.main ? null : category.main)}>
                    <CategoryIcon code={category.main} label={category.label} size={26} />
                    <span className="category-name">{category.label}</span>
                    <span className="amount">
                      {category.amountText} <span className="muted">({category.shareText})</span>
                    </span>
                    <span className="category-bar" aria-hidden>
                      <span style={{ width: `${Math.max(2, category.share * 100)}%`, background: categoryColorVar(categoryAppearance(category.main, category.label)) }} />
                    </span>
                  </button>
                  {open === category.main && (
                    <ul className="sub-list" aria-label={text.subcategoriesOf.replace("{name}", category.label)} data-testid="subcategory-list">
                      {category.subs.map((sub) => (
                        <li key={sub.sub}>
                          <span>{sub.label}</span>
                          <span className="amount">{sub.amountText}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </ChartCard>
  );
}
