#!/usr/bin/env bash
# What 50 wrong logins cost the studio, in CPU time of its process (/proc: user + system), with and without the
# login throttle (studio.security.login-throttle) in one invocation on this machine:
#   unthrottled: 50 wrong Basic logins, each from its own address (as a TLS proxy on loopback forwards them), so no
#                address reaches its limit and each costs a password hash, as every wrong login did before the throttle;
#   throttled:   50 wrong Basic logins from one address: 10 are checked, the other 40 are answered 429 unhashed.
# Each is preceded by 5 s of idle measuring what the studio spends doing nothing, which is subtracted.
# Usage: bench/wrong-logins.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/studio.sh
start_studio $WORK/studio
TICKS=$(getconf CLK_TCK)
cpu_ms() { awk -v t=$TICKS '{print int(($14 + $15) * 1000 / t)}' /proc/$APP/stat; }
attempts() { # $1: "one" or "many" addresses
    local codes=""
    for i in $(seq 1 50); do
        local from=203.0.113.77
        [ "$1" = many ] && from=198.51.100.$i
        codes+=$(curl -s -o /dev/null -w '%{http_code} ' -H "X-Forwarded-For: $from" -u operator:wrong-$i localhost:$PORT/api/channels)
    done
    echo "$codes" | tr ' ' '\n' | grep -v '^$' | sort | uniq -c | awk '{printf "%s x %s  ", $1, $2}'
}
measure() { # $1: label, $2: addresses
    local idle0=$(cpu_ms); sleep 5; local idle=$(( $(cpu_ms) - idle0 ))
    local start=$(cpu_ms) t0=$(date +%s.%N)
    local codes=$(attempts $2)
    local spent=$(( $(cpu_ms) - start - idle ))
    local wall=$(echo "$(date +%s.%N) - $t0" | bc)
    printf "%-12s CPU %5d ms  wall %5.2f s  answers: %s\n" "$1" $spent $wall "$codes" >&2
    echo $spent
}
sleep 10 # let the start settle
UNTHROTTLED=$(measure unthrottled many)
THROTTLED=$(measure throttled one)
echo "cores: $(nproc); CPU of 50 wrong logins: unthrottled ${UNTHROTTLED} ms, throttled ${THROTTLED} ms; ratio $(echo "scale=2; $THROTTLED / $UNTHROTTLED" | bc)"
