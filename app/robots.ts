import type { MetadataRoute } from "next";

// Personal finance has no business in search engines. Prerendered at build time: a static route.
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", disallow: "/" } };
}
