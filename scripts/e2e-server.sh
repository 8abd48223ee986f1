#!/usr/bin/env bash
# Builds and starts Saldo for the browser tests, on the sandbox bank, logging to the data folder.
set -euo pipefail
port=${1:-3100}
: "${SALDO_DATA_DIR:?SALDO_DATA_DIR must point at the e2e data folder}"
rm -rf "$SALDO_DATA_DIR" && mkdir -p "$SALDO_DATA_DIR"
npx tsx scripts/migrate.ts
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then npx next build > "$SALDO_DATA_DIR/build.log" 2>&1 || { cat "$SALDO_DATA_DIR/build.log"; exit 1; }; fi
exec npx next start -p "$port" -H localhost > >(tee "$SALDO_DATA_DIR/server.log") 2>&1
