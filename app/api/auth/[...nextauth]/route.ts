import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { sanitizeAuthRequest } from "@/lib/auth/sanitize-auth-request";

async function cleaned(request: NextRequest): Promise<NextRequest> {
  const result = await sanitizeAuthRequest(request);
  return result === request ? request : new NextRequest(result);
}

export async function GET(request: NextRequest) {
  return handlers.GET(await cleaned(request));
}

export async function POST(request: NextRequest) {
  return handlers.POST(await cleaned(request));
}
