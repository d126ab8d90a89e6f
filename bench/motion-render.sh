#!/usr/bin/env bash
# Motion and visualizer benchmark (studio.render.motion, studio.render.visualizer): one job's tracks and images
# rendered as a still and with each motion (LOOK=motion, the default) or each visualizer (LOOK=visualizer), back to
# back in one studio, so every ratio compares the same material on the same (possibly shared) machine.
#
# The real application (built-in providers, embedded PostgreSQL) makes a job of the given length on a channel
# without motion or visualizer; then the channel's render_motion (render_visualizer) is set to each in turn and the job is sent back to
# `rendering` by SQL, as another system may do, and rendered again. The still is rendered first and last: their
# mean is the baseline, their difference shows how much the machine's load moved meanwhile. Each time is that of
# the `rendering` stage (log line "stage rendering started" to "video ready"), audio included; the CPU time is what
# the studio and its FFmpeg processes used meanwhile (/proc: the JVM's own and its finished children's), the
# better measure where other work shares the cores: wall time on a machine of its own is at least CPU / cores.
#
# Needs psql (Debian: postgresql-client) for the two UPDATEs.
# Usage: [MOTIONS="zoom flicker"] bench/motion-render.sh [bundled|path] [minutes]
#        [VISUALIZERS="bars"] LOOK=visualizer bench/motion-render.sh [bundled|path] [minutes]
#        (default: every motion or visualizer, the bundled FFmpeg, 60 minutes; path: the FFmpeg on the PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
BINARY=${1:-bundled}
MINUTES=${2:-60}
LOOK=${LOOK:-motion}
case $LOOK in
    motion) RUNS=(none ${MOTIONS:-zoom particles flicker} none) ;;
    visualizer) RUNS=(none ${VISUALIZERS:-bars wave} none) ;;
    *) echo "LOOK must be motion or visualizer"; exit 1 ;;
esac
command -v psql > /dev/null || { echo "needs psql (apt-get install postgresql-client) to render the job again"; exit 1; }
source bench/studio.sh
start_studio $WORK/studio $([ "$BINARY" = path ] && echo ffmpeg || echo "")

CHANNEL=$(api -d '{"name":"Motion benchmark","brand_niche":"Lo-Fi Study Beats"}' localhost:$PORT/api/channels \
    | sed -E 's/.*"id":"([^"]+)".*/\1/')
JOB=$(api -d "{\"mood_keywords\":\"calm, warm\",\"target_duration_minutes\":$MINUTES,\"output_directory\":\"bench\"}" \
    localhost:$PORT/api/channels/$CHANNEL/jobs | sed -E 's/.*"id":"([^"]+)".*/\1/')
VIDEO=$WORK/studio/out/bench/video/video.mp4

declare -a WALL CPU SIZE
for i in "${!RUNS[@]}"; do
    run=$((i + 1))
    if [ $i -gt 0 ]; then
        sql "UPDATE channels SET render_$LOOK = '${RUNS[$i]}' WHERE id = '$CHANNEL';
             UPDATE video_jobs SET status = 'rendering' WHERE id = '$JOB'"
    fi
    until [ "$(grep -c "Job $JOB: stage rendering started" $LOG)" -ge $run ]; do sleep 0.1; done
    started=$(cpu_seconds)
    until [ "$(grep -cE "Job $JOB: (video ready|.*failed)" $LOG)" -ge $run ]; do sleep 0.1; done
    CPU[$i]=$(python3 -c "print(round($(cpu_seconds) - $started, 1))")
    [ "$(grep -c "Job $JOB: video ready" $LOG)" -ge $run ] || { grep "Job $JOB" $LOG | tail -3; exit 1; }
    WALL[$i]=$(seconds_between "$(nth_line "Job $JOB: stage rendering started" $run)" "$(nth_line "Job $JOB: video ready" $run)")
    SIZE[$i]=$(($(stat -c %s $VIDEO) / 1000000))
    until [ "$(sql "SELECT status FROM video_jobs WHERE id = '$JOB'")" = completed ]; do sleep 0.5; done
    echo "render $run of ${#RUNS[@]}: ${RUNS[$i]} in ${WALL[$i]} s, ${CPU[$i]} s CPU (${SIZE[$i]} MB)"
done
kill $APP; wait $APP 2>/dev/null || true; APP=

LAST=$((${#RUNS[@]} - 1))
BASELINE=$(python3 -c "print(round((${WALL[0]} + ${WALL[$LAST]}) / 2, 1))")
CPU_BASELINE=$(python3 -c "print(round((${CPU[0]} + ${CPU[$LAST]}) / 2, 1))")
echo
echo "${LOOK^} benchmark on $(nproc) cores, $(date -u +%F), FFmpeg $VERSION ($BINARY), one $MINUTES-minute job;" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "baseline: the still, rendered first (${WALL[0]} s, ${CPU[0]} s CPU) and last (${WALL[$LAST]} s, ${CPU[$LAST]} s CPU)"
printf '%-10s %8s %8s %10s %10s %9s\n' "$LOOK" "wall s" "ratio" "CPU s" "ratio" "video MB"
for i in "${!RUNS[@]}"; do
    printf '%-10s %8s %7s× %10s %9s× %9s\n' "${RUNS[$i]}" "${WALL[$i]}" "$(python3 -c "print(round(${WALL[$i]} / $BASELINE, 2))")" \
        "${CPU[$i]}" "$(python3 -c "print(round(${CPU[$i]} / $CPU_BASELINE, 2))")" "${SIZE[$i]}"
done
