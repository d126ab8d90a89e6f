#!/usr/bin/env bash
# Shorts benchmark (studio.shorts): what cutting a video's 3 Shorts adds to a job, against the render of its long
# video, in one studio so every ratio compares the same material on the same (possibly shared) machine.
#
# The real application (built-in providers, embedded PostgreSQL) makes a job of the given length on a channel without
# Shorts: its render is the baseline. Then the channel asks for 3 Shorts (PATCH /api/channels/{id}) and the job is
# sent back to `ready_for_export` by SQL, as another system may do; then without Shorts again. The Shorts' cost is the
# export with them less the mean of the exports without (the first and the last, their difference showing how much
# the machine's load moved meanwhile). Each time is that of a stage, from "stage ... started" to "stage ... done"
# (the render's: to "video ready"); the CPU time is what the studio and its FFmpeg processes used meanwhile (/proc:
# the JVM's own and its finished children's), the better measure where other work shares the cores.
#
# Needs psql (Debian: postgresql-client) for the UPDATEs.
# Usage: bench/shorts.sh [minutes]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-60}
SHORTS=(0 3 0)
command -v psql > /dev/null || { echo "needs psql (apt-get install postgresql-client) to export the job again"; exit 1; }
source bench/studio.sh
start_studio $WORK/studio

CHANNEL=$(api -d '{"name":"Shorts benchmark","brand_niche":"Lo-Fi Study Beats"}' localhost:$PORT/api/channels \
    | sed -E 's/.*"id":"([^"]+)".*/\1/')
JOB=$(api -d "{\"mood_keywords\":\"calm, warm\",\"target_duration_minutes\":$MINUTES,\"output_directory\":\"bench\"}" \
    localhost:$PORT/api/channels/$CHANNEL/jobs | sed -E 's/.*"id":"([^"]+)".*/\1/')
# measure START END N: waits for the Nth START line, then the Nth END line; sets WALL_S and CPU_S
measure() {
    until [ "$(grep -c "$1" $LOG)" -ge $3 ]; do sleep 0.1; done
    local started=$(cpu_seconds)
    until [ "$(grep -cE "$2|Job $JOB: .*failed" $LOG)" -ge $3 ]; do sleep 0.1; done
    CPU_S=$(python3 -c "print(round($(cpu_seconds) - $started, 1))")
    [ "$(grep -cE "$2" $LOG)" -ge $3 ] || { grep "Job $JOB" $LOG | tail -3; exit 1; }
    WALL_S=$(seconds_between "$(nth_line "$1" $3)" "$(nth_line "$2" $3)")
}

measure "Job $JOB: stage rendering started" "Job $JOB: video ready" 1
RENDER_WALL=$WALL_S RENDER_CPU=$CPU_S
echo "render of the $MINUTES-minute video: $RENDER_WALL s, $RENDER_CPU s CPU"
declare -a WALL CPU
for i in "${!SHORTS[@]}"; do
    run=$((i + 1))
    if [ $i -gt 0 ]; then
        api -X PATCH -d "{\"shorts_per_video\":${SHORTS[$i]}}" localhost:$PORT/api/channels/$CHANNEL > /dev/null
        sql "UPDATE video_jobs SET status = 'ready_for_export' WHERE id = '$JOB'"
    fi
    measure "Job $JOB: stage ready_for_export started" "Job $JOB: stage ready_for_export done" $run
    WALL[$i]=$WALL_S CPU[$i]=$CPU_S
    until [ "$(sql "SELECT status FROM video_jobs WHERE id = '$JOB'")" = completed ]; do sleep 0.5; done
    made=$(sql "SELECT count(*) FROM job_shorts WHERE video_job_id = '$JOB'")
    [ "$made" = "${SHORTS[$i]}" ] || { echo "export $run made $made Shorts, not ${SHORTS[$i]}"; exit 1; }
    echo "export $run of ${#SHORTS[@]}: ${SHORTS[$i]} Shorts in ${WALL[$i]} s, ${CPU[$i]} s CPU"
done
kill $APP; wait $APP 2>/dev/null || true; APP=

BASE_WALL=$(python3 -c "print(round((${WALL[0]} + ${WALL[2]}) / 2, 1))")
BASE_CPU=$(python3 -c "print(round((${CPU[0]} + ${CPU[2]}) / 2, 1))")
ADDED_WALL=$(python3 -c "print(round(${WALL[1]} - $BASE_WALL, 1))")
ADDED_CPU=$(python3 -c "print(round(${CPU[1]} - $BASE_CPU, 1))")
echo
echo "Shorts benchmark on $(nproc) cores, $(date -u +%F), FFmpeg $VERSION, one $MINUTES-minute job;" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "baseline: the export without Shorts, first (${WALL[0]} s, ${CPU[0]} s CPU) and last (${WALL[2]} s, ${CPU[2]} s CPU)"
printf '%-26s %8s %10s\n' "" "wall s" "CPU s"
printf '%-26s %8s %10s\n' "render of the long video" "$RENDER_WALL" "$RENDER_CPU"
printf '%-26s %8s %10s\n' "export with 3 Shorts" "${WALL[1]}" "${CPU[1]}"
printf '%-26s %8s %10s\n' "3 Shorts add" "$ADDED_WALL" "$ADDED_CPU"
printf '%-26s %7s× %9s×\n' "ratio to the render" "$(python3 -c "print(round($ADDED_WALL / $RENDER_WALL, 3))")" \
    "$(python3 -c "print(round($ADDED_CPU / $RENDER_CPU, 3))")"
