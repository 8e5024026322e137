#!/usr/bin/env bash
# Usage: tests/rt/start.sh DIR   (after tests/mailstack/start.sh, with its env sourced)
#
# Starts a stock Request Tracker 5 for the tests, wired as a site wires it:
#   - its own site configuration and SQLite database under DIR (RT_SITE_CONFIG, initialised
#     by rt-setup-database), plus the rights the README asks for (config/rt/guichet-rights.pl);
#   - its own rt-server on 127.0.0.1:$RT_PORT (default 10080), REST 2 included;
#   - fetchmail polling the queue's two mailboxes on the test mail stack (rt@rt.test for
#     correspondence, rt-comment@rt.test for comments) into rt-mailgate, every second;
#   - RT sending through /usr/sbin/sendmail, i.e. the test mail stack's OpenSMTPD.
# RT's name is rt.test: its subject tag is [rt.test #N]. Writes DIR/env
# (GUICHET_TEST_RT_URL, _RT_USER, _RT_PASSWORD, _RT_QUEUE_ADDRESS, _RT_COMMENT_ADDRESS).
# Stop with tests/rt/stop.sh DIR.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RT_PORT="${RT_PORT:-10080}"
die() { echo "rt/start: $*" >&2; exit 1; }

[ $# -eq 1 ] || die "usage: $0 DIR"
: "${GUICHET_TEST_IMAP_PORT:?the mail stack is not running (source its env first)}"
: "${GUICHET_TEST_MAIL_PASSWORD:?the mail stack is not running}"
[ -x /usr/share/request-tracker5/libexec/rt-server ] || die "RT missing: run tests/rt/install.sh"
mkdir -p "$1"
DIR="$(cd "$1" && pwd)"
"$HERE/stop.sh" "$DIR"
(exec 3<>"/dev/tcp/127.0.0.1/$RT_PORT") 2>/dev/null && die "port $RT_PORT is in use; set RT_PORT"

mkdir -p "$DIR/siteconfig.d" "$DIR/fetchmail"
rm -f "$DIR/rt.db"
cat >"$DIR/RT_SiteConfig.pm" <<CONF
Set(\$rtname, 'rt.test');
Set(\$Organization, 'rt.test');
Set(\$CorrespondAddress, 'rt@rt.test');
Set(\$CommentAddress, 'rt-comment@rt.test');
Set(\$OwnerEmail, 'rt-owner@rt.test');
Set(\$DatabaseType, 'SQLite');
Set(\$DatabaseName, '$DIR/rt.db');
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, $RT_PORT);
Set(\$WebPath, '');
Set(\$WebBaseURL, 'http://127.0.0.1:$RT_PORT');
Set(\$LogToSTDERR, 'warning');
Set(\$LogToSyslog, undef);
Set(\$LogToFile, undef);
Set(\$Timezone, 'Europe/Paris');
Set(\$MailCommand, 'sendmailpipe');
Set(\$SendmailPath, '/usr/sbin/sendmail');
1;
CONF
export RT_SITE_CONFIG="$DIR/RT_SiteConfig.pm" RT_SITE_CONFIG_DIR="$DIR/siteconfig.d"
/usr/sbin/rt-setup-database --action init --skip-create >"$DIR/setup.log" 2>&1 \
    || { tail -n 20 "$DIR/setup.log" >&2; die "rt-setup-database failed"; }
/usr/sbin/rt-setup-database --action insert --datafile "$ROOT/config/rt/guichet-rights.pl" >>"$DIR/setup.log" 2>&1 \
    || { tail -n 20 "$DIR/setup.log" >&2; die "inserting guichet's rights failed"; }

setsid /usr/share/request-tracker5/libexec/rt-server --port "$RT_PORT" >"$DIR/rt-server.log" 2>&1 </dev/null &
echo $! >"$DIR/rt-server.pid"
ready=0
for _ in $(seq 1 150); do
    if curl -fs -u root:password "http://127.0.0.1:$RT_PORT/REST/2.0/queues/all" >/dev/null 2>&1; then ready=1; break; fi
    sleep 0.2
done
[ "$ready" -eq 1 ] || { tail -n 20 "$DIR/rt-server.log" >&2; die "rt-server not answering on port $RT_PORT after 30 s"; }

# fetchmail → rt-mailgate, as RT's documentation describes for a site without a local MTA.
mailgate="/usr/bin/rt-mailgate --queue General --url http://127.0.0.1:$RT_PORT/"
cat >"$DIR/fetchmail/fetchmailrc" <<CONF
set daemon 1
set logfile "$DIR/fetchmail.log"
set no syslog
set idfile "$DIR/fetchmail/fetchids"
poll 127.0.0.1 service $GUICHET_TEST_IMAP_PORT protocol IMAP auth password
    user "rt@rt.test" password "$GUICHET_TEST_MAIL_PASSWORD"
    sslproto '' mda "$mailgate --action correspond"
poll 127.0.0.1 service $GUICHET_TEST_IMAP_PORT protocol IMAP auth password
    user "rt-comment@rt.test" password "$GUICHET_TEST_MAIL_PASSWORD"
    sslproto '' mda "$mailgate --action comment"
CONF
chmod 0600 "$DIR/fetchmail/fetchmailrc"
FETCHMAILHOME="$DIR/fetchmail" fetchmail -f "$DIR/fetchmail/fetchmailrc" --pidfile "$DIR/fetchmail.pid" >>"$DIR/fetchmail.log" 2>&1 \
    || true
for _ in $(seq 1 50); do [ -s "$DIR/fetchmail.pid" ] && break; sleep 0.1; done
[ -s "$DIR/fetchmail.pid" ] || { tail -n 20 "$DIR/fetchmail.log" >&2; die "fetchmail did not start"; }

cat >"$DIR/env" <<ENV
export GUICHET_TEST_RT_URL=http://127.0.0.1:$RT_PORT
export GUICHET_TEST_RT_USER=root
export GUICHET_TEST_RT_PASSWORD=password
export GUICHET_TEST_RT_QUEUE_ADDRESS=rt@rt.test
export GUICHET_TEST_RT_COMMENT_ADDRESS=rt-comment@rt.test
export GUICHET_TEST_RT_DIR=$DIR
ENV
echo "rt: http://127.0.0.1:$RT_PORT (queue rt@rt.test), dir $DIR (env: $DIR/env)" >&2
