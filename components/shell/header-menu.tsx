"use client";

import { ChevronDown } from "lucide-react";
import { lazy, Suspense, useState, type KeyboardEvent } from "react";
import { useOnline } from "@/components/pwa/use-online";
import type { HeaderMenuProps } from "./header-menu-popup";

const loadPopup = () => import("./header-menu-popup");
const HeaderMenuPopup = lazy(loadPopup);

/**
 * The header's menu button. The menu itself (Radix) loads on the first press, so no page pays for
 * it before the owner asks for it; pointer or focus on the button starts the download early.
 */
export function HeaderMenu(props: HeaderMenuProps) {
  const online = useOnline();
  const [wanted, setWanted] = useState(false);
  const button = (
    <button
      type="button"
      className="button secondary small"
      aria-haspopup="menu"
      aria-expanded={false}
      disabled={!online}
      onPointerEnter={() => void loadPopup()}
      onFocus={() => void loadPopup()}
      onClick={() => setWanted(true)}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key === "ArrowDown") {
          event.preventDefault();
          setWanted(true);
        }
      }}
    >
      {props.labels.menu}
      <ChevronDown size={16} aria-hidden="true" />
    </button>
  );
  if (!wanted) return <div className="header-menu">{button}</div>;
  return (
    <Suspense fallback={<div className="header-menu">{button}</div>}>
      <HeaderMenuPopup {...props} defaultOpen />
    </Suspense>
  );
}
