import type { MetadataRoute } from "next";
import { iconUrl } from "@/lib/ui/icon-url";

// Installable on Android and iOS: standalone, the one icon drawing (and a maskable one), the
// shell's light background; the dark one comes from the pages' theme-color meta tags.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Saldo",
    short_name: "Saldo",
    description: "Self-hosted personal finance dashboard for SpareBank 1",
    lang: "nb-NO",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#f6f7f9",
    theme_color: "#0b5cad",
    categories: ["finance"],
    icons: [
      { src: iconUrl("/icons/icon-192.png"), sizes: "192x192", type: "image/png", purpose: "any" },
      { src: iconUrl("/icons/icon-512.png"), sizes: "512x512", type: "image/png", purpose: "any" },
      { src: iconUrl("/icons/maskable-192.png"), sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: iconUrl("/icons/maskable-512.png"), sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
    shortcuts: [
      { name: "Transaksjoner", url: "/transactions", icons: [{ src: iconUrl("/icons/icon-192.png"), sizes: "192x192" }] },
      { name: "Budsjetter", url: "/budgets", icons: [{ src: iconUrl("/icons/icon-192.png"), sizes: "192x192" }] },
    ],
  };
}
