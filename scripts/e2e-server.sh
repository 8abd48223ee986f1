#!/usr/bin/env bash
# Builds and starts Saldo for the browser tests, on the sandbox bank, logging to the data folder.
set -euo pipefail
port=${1:-3100}
: "${SALDO_DATA_DIR:?SALDO_DATA_DIR must point at the e2e data folder}"
rm -rf "$SALDO_DATA_DIR" && mkdir -p "$SALDO_DATA_DIR"
npx tsx scripts/migrate.ts
# One build serves every server of a run: the first builds (or reuses, with E2E_SKIP_BUILD=1) and
# marks it with the run's id; a server started with E2E_WAIT_FOR_BUILD=1 waits for that mark.
ready="$(dirname "$SALDO_DATA_DIR")/e2e-build-ready"
if [ "${E2E_WAIT_FOR_BUILD:-}" = "1" ]; then
  for _ in $(seq 1 600); do [ "$(cat "$ready" 2>/dev/null)" = "${E2E_RUN_ID:-}" ] && break; sleep 0.5; done
else
  rm -f "$ready"
  if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then npm run build:app > "$SALDO_DATA_DIR/build.log" 2>&1 || { cat "$SALDO_DATA_DIR/build.log"; exit 1; }; fi
  printf %s "${E2E_RUN_ID:-}" > "$ready"
fi
exec npx next start -p "$port" -H localhost > >(tee "$SALDO_DATA_DIR/server.log") 2>&1
