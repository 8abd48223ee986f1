import type { CategoryId } from "./categories";

export interface FixedPayment {
  dayOfMonth: number;
  description: string;
  name: string;
  category: CategoryId;
  amountOre: number;
  remoteAccountNumber: string;
  kid?: boolean;
  role: "checking" | "joint";
}

export interface LifeProfile {
  employer: string;
  employerAccount: string;
  /** Net monthly salary in 2020; raised 2 % a year, half of each raise goes to savings. */
  salary2020Ore: number;
  fixedPayments: FixedPayment[];
  savingsMonthlyOre: number;
  bsuMonthlyOre: number;
  jointMonthlyOre?: number;
  askMonthlyOre?: number;
  partnerName?: string;
  partnerAccount?: string;
  monthlyTransit: "ruter" | "atb";
}

export const LIFE_PROFILES: Record<string, LifeProfile> = {
  kari: {
    employer: "NORDLYS TEKNOLOGI AS",
    employerAccount: "15032244870",
    salary2020Ore: 48_500_00,
    fixedPayments: [
      { dayOfMonth: 1, description: "HUSLEIE TORSHOVGATA 12", name: "Torshov Utleie AS", category: "rent", amountOre: 13_500_00, remoteAccountNumber: "60050612345", kid: true, role: "checking" },
      { dayOfMonth: 12, description: "GJENSIDIGE FORSIKRING", name: "Gjensidige", category: "insurance", amountOre: 389_00, remoteAccountNumber: "82000123456", kid: true, role: "checking" },
    ],
    savingsMonthlyOre: 5_000_00,
    bsuMonthlyOre: 2_290_00,
    jointMonthlyOre: 3_000_00,
    partnerName: "Jonas Berg",
    partnerAccount: "97100547231",
    monthlyTransit: "ruter",
  },
  ola: {
    employer: "HAVBRIS SJOMAT AS",
    employerAccount: "42000671238",
    salary2020Ore: 53_000_00,
    fixedPayments: [
      { dayOfMonth: 1, description: "FELLESKOSTNADER MOHOLT BORETTSLAG", name: "Moholt Borettslag", category: "commonCosts", amountOre: 4_250_00, remoteAccountNumber: "42003398711", kid: true, role: "checking" },
      { dayOfMonth: 1, description: "TERMINBELØP BOLIGLÅN", name: "SpareBank 1 SMN", category: "mortgage", amountOre: 11_840_00, remoteAccountNumber: "42121100442", role: "checking" },
      { dayOfMonth: 15, description: "FREMTIND FORSIKRING", name: "Fremtind", category: "insurance", amountOre: 712_00, remoteAccountNumber: "82000765432", kid: true, role: "checking" },
    ],
    savingsMonthlyOre: 2_500_00,
    bsuMonthlyOre: 2_290_00,
    askMonthlyOre: 2_000_00,
    monthlyTransit: "atb",
  },
};
