"use client";

import { SlidersHorizontal } from "lucide-react";
import { keepPreviousData, useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { FILTER_KEYS, filterToQuery, LIST_FIRST_PAGE_ROWS, LIST_PAGE_ROWS, LIST_PREFETCH_MARGIN, type FilterValues } from "@/lib/transactions/filter-query";
import type { ListedTransaction, TransactionListText } from "@/lib/transactions/transaction-view";
import { Providers } from "../providers";
import { LazySheet, preloadSheet } from "../shell/lazy-sheet";
import { afterNextPaint } from "@/lib/ui/after-next-paint";
import { FRESH_DATA_EVENT } from "@/lib/ui/events";
import { TransactionList, type Correcting } from "./transaction-list";
import type { CategoryOption } from "@/lib/corrections/category-options";

interface Page {
  transactions: ListedTransaction[];
  nextCursor: string | null;
}

export interface ExplorerText extends TransactionListText {
  search: string;
  searchPlaceholder: string;
  filters: string;
  allAccounts: string;
  allCategories: string;
  from: string;
  to: string;
  minAmount: string;
  maxAmount: string;
  anyStatus: string;
  direction: string;
  anyDirection: string;
  moneyIn: string;
  moneyOut: string;
  clearFilters: string;
  loadMore: string;
  allLoaded: string;
  loading: string;
  loadError: string;
  retry: string;
  noMatches: string;
  noTransactions: string;
  shown: string;
}

interface Props {
  initialValues: FilterValues;
  initialPage: Page;
  accounts: { id: string; name: string }[];
  categories: { code: string; label: string }[];
  locale: string;
  text: ExplorerText;
  categoryOptions: readonly CategoryOption[];
  correctText: Correcting["text"] & { exportCsv: string; exportExcel: string };
  sheetText: { showResults: string; close: string };
}

async function fetchPage(query: string, cursor: string | null, signal: AbortSignal): Promise<Page> {
  const params = new URLSearchParams(query);
  params.set("limit", String(cursor ? LIST_PAGE_ROWS : LIST_FIRST_PAGE_ROWS));
  if (cursor) params.set("cursor", cursor);
  const response = await fetch(`/api/transactions?${params}`, { headers: { Accept: "application/json" }, signal });
  const body = (await response.json().catch(() => null)) as (Page & { error?: { message: string } }) | null;
  if (!response.ok || !body) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
  return body;
}

/** One filter's list, paged by cursor; the signal aborts a request whose filter was replaced before it answered. */
function listQuery(applied: string) {
  return {
    queryKey: ["transactions", applied],
    queryFn: ({ pageParam, signal }: { pageParam: string | null; signal: AbortSignal }) => fetchPage(applied, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last: Page) => last.nextCursor,
  };
}

function formValues(form: HTMLFormElement): FilterValues {
  const values: FilterValues = {};
  for (const key of FILTER_KEYS) {
    const field = form.elements.namedItem(key);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) values[key] = field.value;
  }
  return values;
}

function exportQuery(applied: string, format: "csv" | "excel"): string {
  const params = new URLSearchParams(applied);
  params.set("format", format);
  return params.toString();
}

/**
 * Search and filters live in the URL (bookmarkable, survive a reload); the list pages through
 * /api/transactions with a cursor, loading more as the end comes into view.
 */
export function TransactionExplorer(props: Props) {
  // react-query is only needed here, so its provider lives here rather than in every page's bundle.
  return (
    <Providers>
      <Explorer {...props} />
    </Providers>
  );
}

function Explorer({ initialValues, initialPage, accounts, categories, locale, text, categoryOptions, correctText, sheetText }: Props) {
  const pathname = usePathname();
  const [values, setValues] = useState<FilterValues>(initialValues);
  const [applied, setApplied] = useState(() => filterToQuery(initialValues));
  const [initialQuery] = useState(() => filterToQuery(initialValues));
  const [sheetOpen, setSheetOpen] = useState(false);

  const queryClient = useQueryClient();
  const query = useInfiniteQuery({
    ...listQuery(applied),
    initialData: applied === initialQuery ? { pages: [initialPage], pageParams: [null] } : undefined,
    // The last list stays (marked busy) until the new one is there: no loading flash between filters.
    placeholderData: keepPreviousData,
  });

  // The address the list's filters should have, written once the list's answer is in (see the effect below).
  const pendingAddress = useRef<string | null>(null);
  const apply = (next: FilterValues) => {
    const nextQuery = filterToQuery(next);
    // The request leaves now, not after React has rendered the change: the list it renders into finds it under way.
    if (nextQuery !== initialQuery) void queryClient.prefetchInfiniteQuery(listQuery(nextQuery));
    setApplied(nextQuery);
    pendingAddress.current = nextQuery ? `${pathname}?${nextQuery}` : pathname;
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The form's own fields, not state: text typed while the page was still hydrating never reached state.
    const next = { ...values, ...formValues(event.currentTarget) };
    setValues(next);
    apply(next);
  };
  const change = (key: (typeof FILTER_KEYS)[number], value: string, immediate = false) => {
    const next = { ...values, [key]: value };
    setValues(next);
    if (immediate) apply(next);
  };

  // The native History API keeps Next's router in sync without a server round trip (the list is fetched
  // here), but Next re-renders every part of the page that reads the address. Written at the change,
  // that re-render ran beside the list's request, its answer and the new rows' render; so it waits
  // until the list's query is idle (answered, failed, or already cached), and then until the frame
  // that shows the list has been painted: the answer renders synchronously, this effect included.
  const { fetchStatus } = query;
  useEffect(() => {
    const address = pendingAddress.current;
    if (fetchStatus !== "idle" || address === null) return;
    return afterNextPaint(() => {
      window.history.replaceState(null, "", address);
      if (pendingAddress.current === address) pendingAddress.current = null;
    });
  }, [applied, fetchStatus]);

  useEffect(() => {
    const refetch = () => void queryClient.invalidateQueries({ queryKey: ["transactions"] });
    window.addEventListener(FRESH_DATA_EVENT, refetch);
    return () => window.removeEventListener(FRESH_DATA_EVENT, refetch);
  }, [queryClient]);

  const sentinel = useRef<HTMLDivElement>(null);
  const { isFetchingNextPage, fetchNextPage } = query;
  // The previous filter's list (shown while the new one loads) pages nowhere.
  const hasNextPage = query.hasNextPage && !query.isPlaceholderData;
  useEffect(() => {
    const element = sentinel.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && hasNextPage && !isFetchingNextPage) void fetchNextPage();
    }, { rootMargin: LIST_PREFETCH_MARGIN });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  // The same controls serve the wide toolbar and the phone's filter sheet (only one is ever shown).
  const filterFields = (
    <>
      <label>
        {text.account}
        <select name="account" value={values.account ?? ""} onChange={(event) => change("account", event.target.value, true)}>
          <option value="">{text.allAccounts}</option>
          {accounts.map((account) => (
            <option key={account.id} value={account.id}>
              {account.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {text.category}
        <select name="category" value={values.category ?? ""} onChange={(event) => change("category", event.target.value, true)}>
          <option value="">{text.allCategories}</option>
          {categories.map((category) => (
            <option key={category.code} value={category.code}>
              {category.label}
            </option>
          ))}
          <option value="none">{text.uncategorised}</option>
        </select>
      </label>
      <label>
        {text.from}
        <input type="date" name="from" value={values.from ?? ""} onChange={(event) => change("from", event.target.value, true)} />
      </label>
      <label>
        {text.to}
        <input type="date" name="to" value={values.to ?? ""} onChange={(event) => change("to", event.target.value, true)} />
      </label>
      <label>
        {text.minAmount}
        <input inputMode="decimal" name="min" size={7} value={values.min ?? ""} onChange={(event) => change("min", event.target.value)} />
      </label>
      <label>
        {text.maxAmount}
        <input inputMode="decimal" name="max" size={7} value={values.max ?? ""} onChange={(event) => change("max", event.target.value)} />
      </label>
      <label>
        {text.status}
        <select name="status" value={values.status ?? ""} onChange={(event) => change("status", event.target.value, true)}>
          <option value="">{text.anyStatus}</option>
          <option value="PENDING">{text.pending}</option>
          <option value="BOOKED">{text.booked}</option>
        </select>
      </label>
      <label>
        {text.direction}
        <select name="direction" value={values.direction ?? ""} onChange={(event) => change("direction", event.target.value, true)}>
          <option value="">{text.anyDirection}</option>
          <option value="in">{text.moneyIn}</option>
          <option value="out">{text.moneyOut}</option>
        </select>
      </label>
    </>
  );
  const activeFilters = FILTER_KEYS.filter((key) => key !== "q" && values[key]).length;

  const rows = useMemo(() => query.data?.pages.flatMap((page) => page.transactions) ?? [], [query.data]);
  const correcting = useMemo<Correcting>(
    () => ({ categories: categoryOptions, text: correctText, onSaved: () => void queryClient.invalidateQueries({ queryKey: ["transactions"] }) }),
    [categoryOptions, correctText, queryClient],
  );
  const filtered = applied !== "";
  return (
    <div className="stack">
      <form className="card toolbar" role="search" aria-label={text.filters} onSubmit={submit} data-testid="transaction-filters">
        <label className="search-field">
          <span className="phone-sr-only">{text.search}</span>
          <input type="search" name="q" value={values.q ?? ""} placeholder={text.searchPlaceholder} onChange={(event) => change("q", event.target.value)} />
        </label>
        <div className="filters-inline">{filterFields}</div>
        <button
          type="button"
          className="button secondary small filters-button"
          aria-haspopup="dialog"
          aria-expanded={sheetOpen}
          onPointerEnter={preloadSheet}
          onFocus={preloadSheet}
          onClick={() => setSheetOpen(true)}
        >
          <SlidersHorizontal size={16} aria-hidden="true" />
          {text.filters}
          {activeFilters > 0 && <span className="badge neutral">{activeFilters}</span>}
        </button>
        <LazySheet open={sheetOpen} onOpenChange={setSheetOpen} title={text.filters} closeLabel={sheetText.close} testId="filter-sheet">
          <form
            className="filter-sheet-form"
            onSubmit={(event) => {
              submit(event);
              setSheetOpen(false);
            }}
          >
            {filterFields}
            <button type="submit" className="button">
              {sheetText.showResults}
            </button>
          </form>
        </LazySheet>
        <button type="submit" className="button small">
          {text.search}
        </button>
        {filtered && (
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              setValues({});
              apply({});
            }}
          >
            {text.clearFilters}
          </button>
        )}
      </form>

      <p className="toolbar export-links" data-testid="export-links">
        <a className="button secondary small" href={`/api/transactions/export?${exportQuery(applied, "csv")}`} download>
          {correctText.exportCsv}
        </a>
        <a className="button secondary small" href={`/api/transactions/export?${exportQuery(applied, "excel")}`} download>
          {correctText.exportExcel}
        </a>
      </p>

      <section className="card" aria-live="polite" aria-busy={query.isFetching}>
        {query.isError ? (
          <p className="notice error" role="alert">
            <span>
              {text.loadError} {query.error.message}
            </span>
            <button type="button" className="button small" onClick={() => void query.refetch()}>
              {text.retry}
            </button>
          </p>
        ) : query.isPending ? (
          <p className="muted">{text.loading}</p>
        ) : rows.length === 0 ? (
          <p className="muted" data-testid="transactions-empty">
            {filtered ? text.noMatches : text.noTransactions}
          </p>
        ) : (
          <>
            <p className="muted" style={{ marginTop: 0 }} data-testid="transactions-count">
              {text.shown.replace("{count}", String(rows.length))}
            </p>
            <TransactionList
              rows={rows}
              locale={locale}
              text={text}
              correcting={correcting}
            />
          </>
        )}
        <div ref={sentinel} />
        {hasNextPage ? (
          <button type="button" className="button secondary" style={{ marginTop: "1rem" }} disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
            {isFetchingNextPage ? text.loading : text.loadMore}
          </button>
        ) : (
          rows.length > 0 && (
            <p className="muted" data-testid="transactions-end">
              {text.allLoaded}
            </p>
          )
        )}
      </section>
    </div>
  );
}
