import "server-only";
import { redirect } from "next/navigation";
import { currentSession } from "./current-session";

/** The logged-in user's id, or a redirect to the login page. */
export async function requireUserId(): Promise<string> {
  const session = await currentSession();
  const userId = session?.user?.id;
  if (!userId) redirect("/login");
  return userId;
}
