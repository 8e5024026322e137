#!/usr/bin/env bash
# The main job on the embedded default: a local mail stack, the sample directory, guichet on
# SQLite, the sample mails sent to the helpdesk, then what guichet made of them. Everything it
# uses ships in this repository (tests/demo/: a directory of five schools and ten mails); it
# installs only the mail stack (Dovecot, OpenSMTPD) and python3 when missing.
# Usage: tests/demo.sh            (leaves everything in ./demo-run for a look afterwards)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN="$ROOT/demo-run"
CORPUS="$ROOT/tests/demo"

tests/mailstack/install.sh
command -v python3 >/dev/null || { apt-get update -qq && apt-get install -y -qq python3; }
command -v cargo >/dev/null || { echo "demo: cargo (Rust) is required" >&2; exit 1; }

echo "== building guichet"
cargo build --release --locked --quiet
GUICHET="$ROOT/target/release/guichet"

rm -rf "$RUN"
mkdir -p "$RUN"
tests/mailstack/start.sh "$RUN/mailstack" >/dev/null
# shellcheck disable=SC1091
source "$RUN/mailstack/env"
cleanup() {
    [ -n "${DAEMON:-}" ] && kill -TERM "$DAEMON" 2>/dev/null && wait "$DAEMON" 2>/dev/null || true
    tests/mailstack/stop.sh "$RUN/mailstack" >/dev/null 2>&1 || true
}
trap cleanup EXIT

DESK=cesame@region.example
cat > "$RUN/guichet.toml" <<TOML
[desk]
address = "$DESK"
message_id_domain = "cesame.example"
templates = "$ROOT/templates"
agents = ["agent.cesame@region.example"]
platforms = ["@assistance.ac-paris.example", "@assistance.ac-creteil.example"]

[database]
url = "sqlite://$RUN/guichet.db?mode=rwc"

[imap]
host = "$GUICHET_TEST_IMAP_HOST"
port = $GUICHET_TEST_IMAP_PORT
security = "plain"
allow_plaintext = true
user = "$DESK"
password_env = "GUICHET_TEST_MAIL_PASSWORD"

[smtp]
host = "$GUICHET_TEST_SMTP_HOST"
port = $GUICHET_TEST_SMTP_PORT
security = "plain"
allow_plaintext = true

[[contractors]]
name = "SCC"
address = "interventions@scc.example"
senders = ["@scc.example"]
departements = ["*"]
TOML
export GUICHET_CONFIG="$RUN/guichet.toml"

echo "== importing the directory"
"$GUICHET" check-config
"$GUICHET" directory import "$CORPUS/directory.csv"

echo "== starting guichet (log: demo-run/guichet.log)"
"$GUICHET" run 2> "$RUN/guichet.log" &
DAEMON=$!

echo "== sending the sample mails to $DESK"
python3 - "$CORPUS" "$DESK" <<'PY'
import os, smtplib, sys
corpus, desk = sys.argv[1], sys.argv[2]
corpus = os.path.join(corpus, "mails")
files = sorted(f for f in os.listdir(corpus) if f.endswith(".eml"))
with smtplib.SMTP(os.environ["GUICHET_TEST_SMTP_HOST"], int(os.environ["GUICHET_TEST_SMTP_PORT"])) as s:
    for f in files:
        s.sendmail("demo@sender.example", [desk], open(os.path.join(corpus, f), "rb").read())
print(f"{len(files)} mails sent")
PY

echo "== waiting until every mail is handled and answered"
python3 - "$DESK" <<'PY'
import imaplib, os, sys, time
desk = sys.argv[1]
deadline = time.time() + 120
while time.time() < deadline:
    m = imaplib.IMAP4(os.environ["GUICHET_TEST_IMAP_HOST"], int(os.environ["GUICHET_TEST_IMAP_PORT"]))
    m.login(desk, os.environ["GUICHET_TEST_MAIL_PASSWORD"])
    typ, data = m.status("INBOX", "(MESSAGES)")
    m.logout()
    if b"MESSAGES 0" in data[0]:
        break
    time.sleep(1)
PY
sleep 2

# A listing exits 1 when nothing matches (a filter found nothing): not a failure of the demo.
listing() {
    local status=0
    "$GUICHET" "$@" || status=$?
    [ "$status" -le 1 ] || exit "$status"
}
echo; echo "== tickets"
listing ticket list --all
echo; echo "== every mail received and what guichet decided"
listing mails
echo; echo "== mails quarantined"
listing mails --outcome quarantine
echo; echo "== outbox"
listing outbox --limit 10
echo; echo "== acknowledgements in a correspondant's mailbox (claire.dubois@ac-versailles.example)"
python3 - <<'PY'
import email, email.header, imaplib, os
m = imaplib.IMAP4(os.environ["GUICHET_TEST_IMAP_HOST"], int(os.environ["GUICHET_TEST_IMAP_PORT"]))
m.login("claire.dubois@ac-versailles.example", os.environ["GUICHET_TEST_MAIL_PASSWORD"])
m.select("INBOX")
typ, data = m.search(None, "ALL")
for num in data[0].split():
    typ, msg = m.fetch(num, "(RFC822)")
    mail = email.message_from_bytes(msg[0][1])
    subject = str(email.header.make_header(email.header.decode_header(mail["Subject"])))
    print(f"  {mail['Message-ID']}  {subject}")
m.logout()
PY
echo; echo "== one ticket in full"
first=$("$GUICHET" ticket list --all --json --limit 1000 | tail -1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["ref"])')
"$GUICHET" ticket show "$first"
