import { SaldoError } from "../errors/saldo-error";
import { errorResponse } from "./error-response";

// An /api path that names no route answers like the API does, with a code, not with the HTML page.
const answer = async (): Promise<Response> => errorResponse(new SaldoError("not_found", "There is no such API route."));

export const notFoundRoute = { GET: answer, HEAD: answer, POST: answer, PUT: answer, PATCH: answer, DELETE: answer, OPTIONS: answer };
