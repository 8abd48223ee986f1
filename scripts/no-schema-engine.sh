#!/bin/sh
echo "Saldo applies migrations with 'npm run db:migrate' (scripts/migrate.ts); the native Prisma schema engine is not installed." >&2
exit 1
