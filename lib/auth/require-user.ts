import "server-only";
import { redirect } from "next/navigation";
import { auth } from "./auth";

/** The logged-in user's id, or a redirect to the login page. */
export async function requireUserId(): Promise<string> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) redirect("/login");
  return userId;
}
