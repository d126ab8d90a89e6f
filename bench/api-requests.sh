#!/usr/bin/env bash
# What a script's API requests cost the studio, in CPU time of its process (/proc: user + system), with the right
# HTTP Basic password on each, as scripts send it: 100 GET /api/channels, once with every password checked by bcrypt
# (studio.security.remember-accepted-password-seconds=0, as before that setting) and once with the default (an
# accepted password remembered for 300 s), each on a studio of its own, in one invocation on this machine. Each is
# preceded by 5 s of idle measuring what the studio spends doing nothing, which is subtracted.
# Usage: bench/api-requests.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/studio.sh
REQUESTS=100
measure() { # $1: label, $2: remember-accepted-password-seconds
    STUDIO_SECURITY_REMEMBERACCEPTEDPASSWORDSECONDS=$2 start_studio $WORK/$1
    sleep 10 # let the start settle
    local idle0=$(cpu_seconds); sleep 5; local idle=$(echo "$(cpu_seconds) - $idle0" | bc)
    local start=$(cpu_seconds) t0=$(date +%s.%N) codes=""
    for i in $(seq 1 $REQUESTS); do
        codes+=$(curl -s -o /dev/null -w '%{http_code} ' -u operator:$PASSWORD localhost:$PORT/api/channels)
    done
    local spent=$(echo "($(cpu_seconds) - $start - $idle) * 1000 / 1" | bc)
    local wall=$(echo "$(date +%s.%N) - $t0" | bc)
    printf "%-12s CPU %5d ms  wall %5.2f s  answers: %s\n" "$1" $spent $wall \
        "$(echo "$codes" | tr ' ' '\n' | grep -v '^$' | sort | uniq -c | awk '{printf "%s x %s  ", $1, $2}')" >&2
    kill $APP; wait $APP 2>/dev/null || true; APP=
    echo $spent
}
EVERY=$(measure bcrypt-each 0)
REMEMBERED=$(measure remembered 300)
echo "cores: $(nproc); CPU of $REQUESTS API requests: bcrypt on each ${EVERY} ms, remembered ${REMEMBERED} ms;" \
    "ratio $(echo "scale=2; $REMEMBERED / $EVERY" | bc)"
