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
  controlApi?: boolean;
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
