import { handlers } from "@/lib/auth/auth";
import { authRouteBoundary } from "@/lib/auth/auth-route-boundary";

export const GET = authRouteBoundary(handlers.GET);
export const POST = authRouteBoundary(handlers.POST);
