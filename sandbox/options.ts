export interface SandboxClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  finInst?: string;
}

export interface SandboxLifetimes {
  codeSeconds: number;
  accessSeconds: number;
  refreshIdleSeconds: number;
  refreshAbsoluteSeconds: number;
}

export interface SandboxOptions {
  basePath: string;
  clients: SandboxClient[];
  seed?: number;
  now?: () => number;
  lifetimes?: Partial<SandboxLifetimes>;
  rateLimitPerHour?: number;
  stateFile?: string;
  /** The control API under /__sandbox/ (default true); false answers 404 there as for any unknown path. */
  controlApi?: boolean;
  /** When set, control requests must carry it in the x-sandbox-control header, else 404. */
  controlSecret?: string;
  /** Rows drift between sessions (texts, ids, a later account, a partial stretch); default true. */
  drift?: boolean;
  /** The moment drift is measured from; default: when the bank is created. */
  driftEpochMs?: number;
}

export interface SandboxBank {
  handle(request: Request): Promise<Response>;
}

export const DEFAULT_LIFETIMES: SandboxLifetimes = {
  codeSeconds: 120,
  accessSeconds: 600,
  refreshIdleSeconds: 30 * 24 * 3600,
  refreshAbsoluteSeconds: 365 * 24 * 3600,
};
