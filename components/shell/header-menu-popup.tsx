"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { Check, ChevronDown, LogOut } from "lucide-react";
import { useRef } from "react";
import { clearOfflineData } from "@/lib/pwa/offline-caches";
import { useOnline } from "@/components/pwa/use-online";
import { useSavePreference } from "@/components/use-save-preference";

export interface HeaderMenuProps {
  locale: "nb" | "en";
  theme: "system" | "light" | "dark";
  labels: { menu: string; language: string; theme: string; system: string; light: string; dark: string; logout: string };
  /** The sign-out server action; absent when nobody is signed in. */
  signOut?: () => Promise<void>;
}

interface Props extends HeaderMenuProps {
  /** Open at once: the owner pressed the button that loaded this menu. */
  defaultOpen?: boolean;
}

/** Language, theme and sign-out in one accessible menu (Radix), so the header stays one line on a phone. */
export default function HeaderMenuPopup({ locale, theme, labels, signOut, defaultOpen }: Props) {
  const online = useOnline();
  const { pending, save } = useSavePreference();
  const signOutForm = useRef<HTMLFormElement>(null);
  const leave = async () => {
    // The cached pages go first: the device keeps nothing of the owner's once signed out.
    await clearOfflineData().catch(() => undefined);
    signOutForm.current?.requestSubmit();
  };
  return (
    <div className="header-menu" aria-busy={pending}>
      {signOut && <form ref={signOutForm} action={signOut} hidden />}
      <DropdownMenu.Root defaultOpen={defaultOpen}>
        <DropdownMenu.Trigger className="button secondary small" disabled={!online}>
          {labels.menu}
          <ChevronDown size={16} aria-hidden="true" />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
            <DropdownMenu.Label className="menu-label">{labels.language}</DropdownMenu.Label>
            <DropdownMenu.RadioGroup value={locale} onValueChange={(value) => save("locale", value)}>
              <MenuRadio value="nb" label="Norsk" />
              <MenuRadio value="en" label="English" />
            </DropdownMenu.RadioGroup>
            <DropdownMenu.Separator className="menu-separator" />
            <DropdownMenu.Label className="menu-label">{labels.theme}</DropdownMenu.Label>
            <DropdownMenu.RadioGroup value={theme} onValueChange={(value) => save("theme", value)}>
              <MenuRadio value="system" label={labels.system} />
              <MenuRadio value="light" label={labels.light} />
              <MenuRadio value="dark" label={labels.dark} />
            </DropdownMenu.RadioGroup>
            {signOut && (
              <>
                <DropdownMenu.Separator className="menu-separator" />
                <DropdownMenu.Item className="menu-item" onSelect={() => void leave()}>
                  <LogOut size={16} aria-hidden="true" />
                  {labels.logout}
                </DropdownMenu.Item>
              </>
            )}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </div>
  );
}

function MenuRadio({ value, label }: { value: string; label: string }) {
  return (
    <DropdownMenu.RadioItem className="menu-item" value={value}>
      <DropdownMenu.ItemIndicator className="menu-indicator">
        <Check size={16} aria-hidden="true" />
      </DropdownMenu.ItemIndicator>
      {label}
    </DropdownMenu.RadioItem>
  );
}
