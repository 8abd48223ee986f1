#!/usr/bin/env bash
# Writes prisma/migrations/<timestamp>_<name>/migration.sql for the difference between the committed
# migrations and prisma/schema.prisma, offline (Prisma 6's WASM schema engine). Usage: new-migration.sh <name>
set -euo pipefail
name=${1:?usage: new-migration.sh <name>}
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
cd "$here"
[ -d node_modules ] || npm install --no-audit --no-fund
scratch="$here/scratch.db"; rm -f "$scratch"
(cd "$root" && DATABASE_URL="file:$scratch" npx tsx scripts/migrate.ts >/dev/null)
sed -e 's/provider *= *"prisma-client"/provider = "prisma-client-js"/' -e '/moduleFormat/d' -e '/output /d' \
    -e 's|provider = "sqlite"|provider = "sqlite"\n  url = "file:./scratch.db"|' "$root/prisma/schema.prisma" > .schema-for-diff.prisma
export PRISMA_QUERY_ENGINE_LIBRARY="$root/scripts/no-schema-engine.sh" SCRATCH_DB_URL="file:$scratch"
sql=$(npx prisma migrate diff --from-config-datasource --to-schema-datamodel .schema-for-diff.prisma --script 2>/dev/null | grep -v '^Loaded Prisma config' || true)
rm -f "$scratch" .schema-for-diff.prisma
if [ -z "$(echo "$sql" | grep -v '^--' | tr -d '[:space:]')" ]; then echo "No schema changes."; exit 0; fi
dir="$root/prisma/migrations/$(date -u +%Y%m%d%H%M%S)_$name"; mkdir -p "$dir"
echo "$sql" > "$dir/migration.sql"; echo "Wrote $dir/migration.sql"
