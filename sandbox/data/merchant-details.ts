import { opaqueKey } from "./opaque-key";
import { hashString } from "./prng";

/** The third-party merchant block of the published spec (only sent with enrichWithMerchantLogo=true). */
export interface MerchantDetails {
  id: string;
  name: string;
  img: string;
  logoImg: string;
  address: string;
  postcode: string;
  streetNumber: string;
  country: string;
  intermediary?: { img: string; name: string; website: string };
}

const STREETS: Record<string, { streets: string[]; postcodes: string[] }> = {
  kari: { streets: ["Vitaminveien", "Sandakerveien", "Torshovgata", "Nydalsveien"], postcodes: ["0485", "0473", "0476", "0484"] },
  ola: { streets: ["Innherredsveien", "Olav Tryggvasons gate", "Moholt Allé", "Kjøpmannsgata"], postcodes: ["7014", "7011", "7050", "7013"] },
};

const ABROAD: Record<string, string> = { "Mercadona": "ES", "El Pimpi": "ES", "Carrefour": "FR" };

// Payment intermediaries the merchant sold through, as the enrichment names them.
const INTERMEDIARIES: Record<string, { name: string; website: string }> = {
  Zalando: { name: "Klarna", website: "https://www.klarna.com" },
  Foodora: { name: "Vipps", website: "https://vipps.no" },
  Wolt: { name: "Vipps", website: "https://vipps.no" },
};

const slug = (name: string) => name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export function merchantDetails(name: string, personId: string): MerchantDetails {
  const area = STREETS[personId] ?? STREETS.kari ?? { streets: ["Storgata"], postcodes: ["0155"] };
  const hash = hashString(`${personId}|${name}`);
  const intermediary = INTERMEDIARIES[name];
  return {
    id: opaqueKey(`merchant:${name}`).slice(0, 24),
    name,
    img: `https://merchant-logos.sandbox.invalid/${slug(name)}.png`,
    logoImg: `https://merchant-logos.sandbox.invalid/${slug(name)}-logo.svg`,
    address: area.streets[hash % area.streets.length] ?? "Storgata",
    postcode: area.postcodes[hash % area.postcodes.length] ?? "0155",
    streetNumber: String(1 + (hash % 97)),
    country: ABROAD[name] ?? "NO",
    ...(intermediary ? { intermediary: { img: `https://merchant-logos.sandbox.invalid/${slug(intermediary.name)}.png`, ...intermediary } } : {}),
  };
}
