import "server-only";
import { cache } from "react";
import { auth } from "./auth";

/** The session, looked up once per request however many components ask. */
export const currentSession = cache(() => auth());
