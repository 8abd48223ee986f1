import { notFoundRoute } from "@/lib/http/not-found-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = notFoundRoute;
