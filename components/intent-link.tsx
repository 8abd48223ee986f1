"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * next/link that prefetches when the owner reaches for the link (pointer, touch or focus) instead of
 * whenever it scrolls into view: a page with a navigation bar would otherwise fetch and decode every
 * linked route while a phone is still busy showing this one. Every link in app/ and components/ is
 * this one (eslint forbids next/link elsewhere).
 */
export function IntentLink({ href, prefetch: wanted, onMouseEnter, onTouchStart, onFocus, ...props }: ComponentProps<typeof Link>) {
  const router = useRouter();
  const url = typeof href === "string" ? href : null;
  // prefetch={false} still means never.
  const prefetch = () => {
    if (wanted !== false && url?.startsWith("/")) router.prefetch(url);
  };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
    />
  );
}
