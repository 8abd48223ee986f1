"use client";

import { useId, useState, type ReactNode } from "react";
import "./charts.css";

export interface ChartTable {
  columns: string[];
  /** Already formatted cells; the first column is the row header. */
  rows: string[][];
}

interface Props {
  title: string;
  summary: string;
  table: ChartTable;
  labels: { showTable: string; showChart: string };
  actions?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/**
 * The shared frame of every chart: a titled figure whose chart can be swapped for a data table,
 * so the figures are reachable by keyboard and screen reader as well as by pointer.
 */
export function ChartCard({ title, summary, table, labels, actions, footer, children, testId }: Props) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  return (
    <section className="card chart-card" aria-labelledby={titleId} data-testid={testId}>
      <header>
        <h2 id={titleId}>{title}</h2>
        <div className="toolbar">
          {actions}
          <button type="button" className="link-button" aria-pressed={asTable} onClick={() => setAsTable((value) => !value)}>
            {asTable ? labels.showChart : labels.showTable}
          </button>
        </div>
      </header>
      {asTable ? (
        <div className="table-wrap">
          <table data-testid={testId ? `${testId}-table` : undefined}>
            <thead>
              <tr>
                {table.columns.map((column, index) => (
                  <th key={column} scope="col" className={index > 0 ? "amount" : undefined}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row[0]}>
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={index} className="amount">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div>
          <p className="sr-only">{summary}</p>
          {children}
        </div>
      )}
      {footer}
    </section>
  );
}
