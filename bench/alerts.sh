#!/usr/bin/env bash
# What alerts cost and how fast they arrive, on the real studio (java -jar, embedded PostgreSQL):
#  1. latency: jobs that the planning stage fails (their folder leaves the output folder), at random moments; for each,
#     the seconds from the job's failure (video_job_stages) to its delivery (alert_deliveries.delivered_at) by a local
#     webhook and a local SMTP server; with the default settings (checks every minute, outbox read every 5 s) and with
#     the tests' (every second, every 200 ms);
#  2. idle cost: CPU seconds of the studio's JVM per hour and database transactions per minute, idle, with alerts off
#     (the baseline: no check, outbox read once an hour), with the default settings and with the tests'.
# Usage: bench/alerts.sh [failures per setting (8); 0: no latency] [idle minutes per setting (5); 0: no idle cost].
# Needs python3 and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
FAILURES=${1:-8}
IDLE_MINUTES=${2:-5}
source bench/studio.sh

# The destinations: a webhook answering "ok" as Slack does, and Python's SMTP sink.
WEBHOOK_PORT=$((30000 + RANDOM % 5000))
SMTP_PORT=$((35000 + RANDOM % 5000))
python3 -c "
import http.server
class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers['Content-Length'])); self.send_response(200); self.end_headers(); self.wfile.write(b'ok')
    def log_message(self, *args): pass
http.server.HTTPServer(('127.0.0.1', $WEBHOOK_PORT), Hook).serve_forever()" &
SINKS="$!"
python3 -W ignore -m smtpd -n -c DebuggingServer 127.0.0.1:$SMTP_PORT > /dev/null &
SINKS="$SINKS $!"
trap '[ -n "$APP" ] && kill $APP 2>/dev/null; kill $SINKS 2>/dev/null; wait 2>/dev/null || true' EXIT
DESTINATIONS="--studio.alerts.webhook.url=http://127.0.0.1:$WEBHOOK_PORT/services/T0/B0/bench \
    --studio.alerts.email.to=ops@example.com --studio.alerts.email.from=studio@example.com \
    --spring.mail.host=127.0.0.1 --spring.mail.port=$SMTP_PORT"
OFF="--studio.alerts.check-cron=0 0 0 1 1 ? 2099|--studio.alerts.delivery-poll-ms=3600000"
DEFAULTS=""
TESTS="--studio.alerts.check-cron=* * * * * ?|--studio.alerts.delivery-poll-ms=200"

# run SETTINGS NAME: the studio started with the destinations and these alert settings ('|' between arguments).
run() {
    IFS='|' read -r -a SETTINGS <<< "$1"
    FOLDER=$WORK/$2
    PORT=$((20000 + RANDOM % 10000))
    LOG=$FOLDER.log
    # shellcheck disable=SC2086
    java -jar "$JAR" --server.port=$PORT --studio.demo.enabled=false --studio.security.password=$PASSWORD \
        --studio.database.embedded-dir=$FOLDER/pg --studio.output-dir=$FOLDER/out --studio.ffmpeg.cache-dir=$WORK/ffmpeg \
        $DESTINATIONS "${SETTINGS[@]}" > $LOG 2>&1 &
    APP=$!
    until curl -sf localhost:$PORT/actuator/health > /dev/null; do
        kill -0 $APP 2>/dev/null || { tail -5 $LOG; exit 1; }
        sleep 1
    done
    PG="psql -qtA -h localhost -U postgres -d postgres -p $(grep -oE 'listening on port [0-9]+' $LOG | awk '{print $4}')"
}

stop() { kill $APP; wait $APP 2>/dev/null || true; APP=; }

cpu_seconds() { awk '{print ($14 + $15) / 100}' /proc/$APP/stat; }

latency() { # $1 settings, $2 name
    run "$1" "$2"
    CHANNEL=$($PG -c "INSERT INTO channels (name, brand_niche) VALUES ('Bench', 'Lo-Fi') RETURNING id" | head -1)
    for i in $(seq "$FAILURES"); do
        sleep $((RANDOM % 60))
        JOB=$($PG -c "INSERT INTO video_jobs (channel_id, niche_label, mood_keywords, target_duration_minutes, output_directory)
                      VALUES ('$CHANNEL', 'Lo-Fi', 'calm', 60, '../outside-$i') RETURNING id" | head -1)
        until [ "$($PG -c "SELECT count(*) FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id
                           WHERE a.job_id = '$JOB' AND d.state = 'delivered'")" = 2 ]; do sleep 1; done
    done
    $PG -c "SELECT d.destination, round(CAST(extract(epoch FROM d.delivered_at - s.entered_at) AS numeric), 1)
              FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id
              JOIN video_job_stages s ON s.video_job_id = a.job_id AND s.status = 'failed'
             WHERE a.kind = 'job_failed' ORDER BY d.destination, d.delivered_at" |
        awk -F'|' -v name="$2" '{s[$1] = s[$1] " " $2; n[$1]++; t[$1] += $2; if ($2 > m[$1]) m[$1] = $2}
            END {for (d in s) printf "latency %-8s %-7s mean %5.1f s, max %5.1f s (each:%s)\n", name, d, t[d] / n[d], m[d], s[d]}'
    stop
}

idle() { # $1 settings, $2 name: CPU s/h and transactions/min after a minute's warm-up
    run "$1" "idle-$2"
    sleep 60
    C0=$(cpu_seconds); X0=$($PG -c "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'postgres'")
    sleep $((IDLE_MINUTES * 60))
    kill -0 $APP 2>/dev/null || { echo "the studio stopped during the measurement: $LOG"; exit 1; }
    C1=$(cpu_seconds); X1=$($PG -c "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'postgres'")
    stop
    python3 -c "print(f'idle    {\"$2\":<8} {($C1 - $C0) * 60 / $IDLE_MINUTES:7.1f} CPU s/h  {($X1 - $X0) / $IDLE_MINUTES:7.0f} transactions/min')"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$FAILURES" -gt 0 ]; then
    latency "$DEFAULTS" default
    latency "$TESTS" tests
fi
[ "$IDLE_MINUTES" -gt 0 ] || exit 0
RESULTS=$WORK/idle.txt
for setting in off default tests; do
    case $setting in off) S=$OFF ;; default) S=$DEFAULTS ;; tests) S=$TESTS ;; esac
    idle "$S" $setting | tee -a $RESULTS
done
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '$2 == "off" {c = $3; x = $6} $2 != "off" {printf "ratio   %-8s %5.2f x CPU, %5.2f x transactions of alerts off\n", $2, $3 / c, $6 / x}' $RESULTS
