"use client";

import { IntentLink as Link } from "@/components/intent-link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { LazySheet, preloadSheet } from "./lazy-sheet";
import { NavIcon, type NavIconName } from "./nav-icon";

export type NavKey = Exclude<NavIconName, "more">;

export interface NavItem {
  key: NavKey;
  href: string;
  label: string;
}

// What the phone's bottom bar shows; every other page is one tap away behind "More".
const BOTTOM_BAR: readonly NavKey[] = ["overview", "transactions", "budgets", "subscriptions"];

function isCurrent(href: string, pathname: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The main navigation: a side column on wide screens, a bottom tab bar on phones (CSS picks one; the
 * other is display:none, so neither screen readers nor tests see both).
 */
export function AppNav({ items, label, text }: { items: NavItem[]; label: string; text: { more: string; moreTitle: string; close: string } }) {
  const pathname = usePathname() ?? "/";
  const [moreOpen, setMoreOpen] = useState(false);
  const primary = items.filter((item) => BOTTOM_BAR.includes(item.key));
  const rest = items.filter((item) => !BOTTOM_BAR.includes(item.key));
  const restCurrent = rest.some((item) => isCurrent(item.href, pathname));
  return (
    <>
      <nav className="side-nav" aria-label={label}>
        <ul>
          {items.map((item) => (
            <li key={item.key}>
              <NavLink item={item} pathname={pathname} />
            </li>
          ))}
        </ul>
      </nav>
      <nav className="bottom-bar" aria-label={label} data-testid="bottom-bar">
        <ul>
          {primary.map((item) => (
            <li key={item.key}>
              <NavLink item={item} pathname={pathname} />
            </li>
          ))}
          <li>
            <button
              type="button"
              className="nav-link"
              data-current={restCurrent || undefined}
              aria-haspopup="dialog"
              aria-expanded={moreOpen}
              onPointerEnter={preloadSheet}
              onFocus={preloadSheet}
              onClick={() => setMoreOpen(true)}
            >
              <NavIcon name="more" />
              <span>{text.more}</span>
            </button>
            <LazySheet open={moreOpen} onOpenChange={setMoreOpen} title={text.moreTitle} closeLabel={text.close} testId="more-sheet">
              <ul className="sheet-links">
                {rest.map((item) => (
                  <li key={item.key}>
                    <NavLink item={item} pathname={pathname} onNavigate={() => setMoreOpen(false)} />
                  </li>
                ))}
              </ul>
            </LazySheet>
          </li>
        </ul>
      </nav>
    </>
  );
}

function NavLink({ item, pathname, onNavigate }: { item: NavItem; pathname: string; onNavigate?: () => void }) {
  return (
    <Link href={item.href} className="nav-link" aria-current={isCurrent(item.href, pathname) ? "page" : undefined} onClick={onNavigate}>
      <NavIcon name={item.key} />
      <span>{item.label}</span>
    </Link>
  );
}
