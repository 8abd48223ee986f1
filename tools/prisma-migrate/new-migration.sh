#!/usr/bin/env bash
# Writes prisma/migrations/<timestamp>_<name>/migration.sql for the difference between the committed
# migrations and prisma/schema.prisma, offline (Prisma 6's WASM schema engine, in this folder only).
# Usage: tools/prisma-migrate/new-migration.sh <name>
set -euo pipefail
name=${1:?usage: new-migration.sh <name>}
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
cd "$here"
[ -d node_modules ] || npm install --no-audit --no-fund
scratch="$here/scratch.db"; rm -f "$scratch"
trap 'rm -f "$scratch" .schema-for-diff.prisma .current.prisma' EXIT
(cd "$root" && DATABASE_URL="file:$scratch" npx tsx scripts/migrate.ts >/dev/null)
# Prisma 6 wants the classic generator and a datasource url.
sed -e 's/provider *= *"prisma-client"/provider = "prisma-client-js"/' -e '/moduleFormat/d' -e '/output /d' \
    -e 's|provider = "sqlite"|provider = "sqlite"\n  url = "file:./scratch.db"|' "$root/prisma/schema.prisma" > .schema-for-diff.prisma
export PRISMA_QUERY_ENGINE_LIBRARY="$root/scripts/no-schema-engine.sh" SCRATCH_DB_URL="file:$scratch" SCHEMA_FOR_DIFF=.schema-for-diff.prisma
# The schema the committed migrations produce, read back from the scratch database.
npx prisma db pull --print 2>/dev/null | sed -n '/^generator\|^datasource\|^model/,$p' > .current.prisma
[ -s .current.prisma ] || { echo "Could not read the schema of the migrated scratch database." >&2; exit 1; }
sql=$(npx prisma migrate diff --from-schema-datamodel .current.prisma --to-schema-datamodel .schema-for-diff.prisma --script | grep -v '^Loaded Prisma config')
if [ -z "$(echo "$sql" | grep -v '^--' | tr -d '[:space:]')" ]; then echo "No schema changes."; exit 0; fi
dir="$root/prisma/migrations/$(date -u +%Y%m%d%H%M%S)_$name"; mkdir -p "$dir"
printf '%s\n' "$sql" > "$dir/migration.sql"; echo "Wrote $dir/migration.sql"
