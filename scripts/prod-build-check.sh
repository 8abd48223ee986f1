#!/usr/bin/env bash
# Builds Saldo in production mode as a real deployment would (real-bank mode: a client id, secrets
# from the environment, no sandbox), starts it and checks what a stranger on the internet can reach.
# Builds into .next-prod-check so it never touches the .next folder of `next dev` or the e2e tests.
# Also checks that a bad SALDO_ENCRYPTION_KEY is reported by name at start-up.
# Usage: npm run test:prod   (PROD_CHECK_PORT overrides the port, default 3390)
set -uo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
port=${PROD_CHECK_PORT:-3390}
dist=.next-prod-check
tmp=$(mktemp -d "${TMPDIR:-/tmp}/saldo-prod-check.XXXXXX")
server_pid=""
passed=0
failed=0

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null
  fi
  wait "$server_pid" 2>/dev/null
  server_pid=""
}
cleanup() {
  stop_server
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pass() { passed=$((passed + 1)); echo "  ok    $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL  $1"; [ $# -gt 1 ] && printf '        %s\n' "$2"; }

# An unused port on localhost stands in for SpareBank 1: nothing here may call the bank.
unused_port=1
export NODE_ENV=production
export NEXT_TELEMETRY_DISABLED=1
export NEXT_DIST_DIR=$dist
export SB1_CLIENT_ID=check-client
export SB1_CLIENT_SECRET=check-secret
export SB1_AUTH_URL=http://localhost:$unused_port
export SB1_API_URL=http://localhost:$unused_port
export SALDO_ENCRYPTION_KEY=$(node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64"))')
export AUTH_SECRET=$(node -e 'process.stdout.write(require("crypto").randomBytes(33).toString("base64"))')
export AUTH_URL=http://localhost:$port
export SALDO_DATA_DIR=$tmp/data
export DATABASE_URL=file:$tmp/check.db
unset DATABASE_AUTH_TOKEN SB1_FIN_INST SALDO_OWNER CRON_SECRET

# `next build` rewrites tsconfig.json and next-env.d.ts to point at its dist dir; put them back
# afterwards (only when Next's edits are the only change) so the check leaves the tree as it was.
cp tsconfig.json "$tmp/tsconfig.json.orig"
[ -f next-env.d.ts ] && cp next-env.d.ts "$tmp/next-env.d.ts.orig"
restore_ts_files() {
  node - "$tmp" "$dist" <<'NODE'
const fs = require("fs");
const [tmp, dist] = process.argv.slice(2);
const orig = fs.readFileSync(`${tmp}/tsconfig.json.orig`, "utf8");
const now = fs.readFileSync("tsconfig.json", "utf8");
if (now !== orig) {
  try {
    const a = JSON.parse(orig);
    const b = JSON.parse(now);
    if (Array.isArray(b.include)) b.include = b.include.filter((entry) => !entry.startsWith(`${dist}/`));
    if (JSON.stringify(a) === JSON.stringify(b)) fs.writeFileSync("tsconfig.json", orig);
    else console.error("prod-build-check: tsconfig.json changed during the build; left as it is");
  } catch {
    console.error("prod-build-check: could not compare tsconfig.json; left as it is");
  }
}
if (fs.existsSync(`${tmp}/next-env.d.ts.orig`) && fs.readFileSync("next-env.d.ts", "utf8").includes(`./${dist}/`)) {
  fs.copyFileSync(`${tmp}/next-env.d.ts.orig`, "next-env.d.ts");
}
NODE
}

started=$(date +%s)
echo "prod-build-check: building into $dist (real-bank mode, NODE_ENV=production)"
# npm run build = migrate DATABASE_URL, then next build: exactly what Vercel runs (vercel.json).
if ! npm run build >"$tmp/build.log" 2>&1; then
  restore_ts_files
  cat "$tmp/build.log"
  fail "npm run build"
  echo "prod-build-check: $passed passed, $failed failed"
  exit 1
fi
restore_ts_files
pass "npm run build (migrations applied to a fresh database, next build)"

start_server() { # $1 = log file; the rest of the environment comes from the caller
  "$root/node_modules/.bin/next" start -p "$port" -H localhost >"$1" 2>&1 &
  server_pid=$!
}
wait_for_health() { # prints the last status; returns 0 once /api/health answers anything, 1 if the server exited
  for _ in $(seq 1 150); do
    if ! kill -0 "$server_pid" 2>/dev/null; then return 1; fi
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:$port/api/health" || true)
    if [ "$code" != "000" ]; then return 0; fi
    sleep 0.2
  done
  return 1
}
# status PATH -> "code location"
status() { curl -s -o /dev/null --max-time 10 -w '%{http_code} %{redirect_url}' "http://localhost:$port$1"; }

start_server "$tmp/server.log"
if ! wait_for_health; then
  cat "$tmp/server.log"
  fail "next start -p $port" "the server did not come up"
else
  health=$(curl -s --max-time 10 -w '\n%{http_code}' "http://localhost:$port/api/health")
  body=$(printf '%s' "$health" | sed '$d')
  code=$(printf '%s' "$health" | tail -n1)
  if [ "$code" = "200" ] && printf '%s' "$body" | grep -q '"mode":"bank"'; then
    pass "/api/health -> 200 $body"
  else
    fail "/api/health -> 200 with \"mode\":\"bank\"" "got $code $body"
  fi

  for path in /sandbox/oauth/authorize /sandbox/__sandbox/health; do
    got=$(status "$path")
    if [ "${got%% *}" = "404" ]; then pass "$path -> 404 (no sandbox with a real client)"; else fail "$path -> 404" "got $got"; fi
  done

  got=$(status /login)
  if [ "${got%% *}" = "200" ]; then pass "/login -> 200"; else fail "/login -> 200" "got $got"; fi

  # app/loading.tsx starts streaming before the page checks the session, so the redirect arrives as
  # a 200 whose head carries Next's redirect (meta refresh + NEXT_REDIRECT), not as a 307 header.
  got=$(curl -s -o "$tmp/home.html" --max-time 10 -w '%{http_code} %{redirect_url}' "http://localhost:$port/")
  case "$got" in
    30[1278]\ *"/login"*) pass "/ -> ${got%% *} redirect to /login" ;;
    "200 "*)
      if grep -q '<meta id="__next-page-redirect" http-equiv="refresh" content="[0-9]*;url=/login"' "$tmp/home.html" &&
        grep -q 'NEXT_REDIRECT;[a-z]*;/login;' "$tmp/home.html"; then
        pass "/ -> redirect to /login (streamed: 200 with Next's redirect to /login)"
      else
        fail "/ -> redirect to /login" "got 200 without a redirect to /login"
      fi ;;
    *) fail "/ -> redirect to /login" "got $got" ;;
  esac

  if grep -qiE 'sandbox mode|generated an encryption key' "$tmp/server.log"; then
    fail "no sandbox start-up in the log" "$(grep -iE 'sandbox mode|generated an encryption key' "$tmp/server.log" | head -3)"
  else
    pass "no sandbox start-up and no generated secrets in the log"
  fi
fi
stop_server

# A misconfigured deployment must say what is wrong, by name.
SALDO_ENCRYPTION_KEY=not-base64 start_server "$tmp/bad.log"
if wait_for_health; then
  bad_health=$(status /api/health)
  bad_home=$(status /)
  sleep 0.5
  if kill -0 "$server_pid" 2>/dev/null; then
    bad_state="kept running: /api/health -> ${bad_health%% *}, / -> ${bad_home%% *}"
  else
    bad_state="exited after answering: /api/health -> ${bad_health%% *}"
  fi
else
  wait "$server_pid" 2>/dev/null
  bad_state="exited with status $? before serving"
  server_pid=""
fi
if grep -q 'SALDO_ENCRYPTION_KEY' "$tmp/bad.log"; then
  pass "SALDO_ENCRYPTION_KEY=not-base64 is named in the server log ($bad_state)"
  grep -m1 'SALDO_ENCRYPTION_KEY' "$tmp/bad.log" | cut -c1-200 | sed 's/^/        /'
else
  fail "SALDO_ENCRYPTION_KEY=not-base64 is named in the server log ($bad_state)" "$(head -c 1500 "$tmp/bad.log")"
fi
bad_body=$(curl -s --max-time 10 "http://localhost:$port/api/health" || true)
if [ "${bad_health%% *}" = "503" ] && echo "$bad_body" | grep -q '"config_invalid"' && echo "$bad_body" | grep -q 'SALDO_ENCRYPTION_KEY' && ! echo "$bad_body" | grep -q 'not-base64'; then
  pass "/api/health -> 503 config_invalid naming the variable, not its value"
else
  fail "/api/health -> 503 config_invalid naming the variable" "${bad_health:-no answer}: $bad_body"
fi
stop_server

echo "prod-build-check: took $(( $(date +%s) - started ))s"
echo "prod-build-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
