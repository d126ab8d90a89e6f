#!/usr/bin/env bash
# Render benchmark: the studio's renderer against a naive FFmpeg baseline, in one invocation, on this machine, once
# with each FFmpeg the studio may run: the bundled static 4.4.1 (the default) and the one on the PATH, if any.
#
# For each FFmpeg, the real application (built-in providers, embedded PostgreSQL, render cron every second):
# (a) whole jobs: JOBS jobs of MINUTES minutes, one after another, planned to completed; each stage's time from the
#     log ("stage X started" to "stage X done", so the polls between stages count only in the whole job's time).
#     Their render stage is the still render ("stage rendering started" to "video ready"). Medians of the JOBS runs.
# (b) looks: the first job rendered again with each of MOTIONS, then each of VISUALIZERS, set on its channel by SQL
#     (channels.render_motion, render_visualizer), the job sent back to `rendering` as another system may do.
# For every render: wall time, CPU time (the studio's and its finished FFmpeg processes', from /proc), and the peak
# RSS of the JVM and of all FFmpeg processes together (sampled every 0.2 s); for the still, the published file's
# loudness and true peak, and the audio encodes (more than one means a corrective encode ran).
# (c) baseline: one FFmpeg command that loops the images at 30 fps into libx264 -preset medium with the
#     concatenated audio, with the same binary. It is linear in length, so it runs on a 5-minute slice of the first
#     job's files and is scaled up; the output says so. Every render's ratio is baseline / render.
#
# Usage: [JOBS=3] [MINUTES=60] [MOTIONS="zoom particles flicker"] [VISUALIZERS="bars wave"] [BINARIES="bundled path"]
#        bench/render-benchmark.sh        (MOTIONS= or VISUALIZERS= empty skips them; a 60-minute visualizer takes
#        about 10 minutes a run)
# Needs psql (Debian: postgresql-client) for the looks.
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=${JOBS:-3}
MINUTES=${MINUTES:-60}
MOTIONS=${MOTIONS-zoom particles flicker}
VISUALIZERS=${VISUALIZERS-bars wave}
source bench/studio.sh
if [ -z "${BINARIES:-}" ]; then
    BINARIES=bundled
    command -v ffmpeg > /dev/null && BINARIES="bundled path"
fi
STAGES=(planned generating_music generating_image rendering ready_for_export)

sample_rss() { # $1 = file to write "jvm_kb ffmpeg_kb" peaks to; runs until killed
    local jvm=0 ff=0 j f
    while true; do
        j=$(ps -o rss= -p $APP 2>/dev/null | tr -d ' ' || echo 0)
        f=$(ps -eo rss=,comm= | awk '$2 ~ /^ffmpeg/ {s += $1} END {print s + 0}')
        [ "${j:-0}" -gt $jvm ] && jvm=$j
        [ "$f" -gt $ff ] && ff=$f
        echo "$jvm $ff" > "$1"
        sleep 0.2
    done
}

median() { python3 -c "import statistics, sys; print(round(statistics.median(float(x) for x in sys.argv[1:]), 1))" "$@"; }
since() { seconds_between "$(nth_line "$1" "$3")" "$(nth_line "$2" "$3")"; }

# render KEY JOB RUN: waits for the job's RUN-th render, records its wall, CPU and peak RSS under KEY
declare -A WALL CPU JVM_RSS FF_RSS
render() {
    until [ "$(grep -c "Job $2: stage rendering started" $LOG)" -ge $3 ]; do sleep 0.1; done
    local started=$(cpu_seconds)
    sample_rss $WORK/rss & local sampler=$!
    until [ "$(grep -cE "Job $2: (video ready|.*failed)" $LOG)" -ge $3 ]; do sleep 0.1; done
    CPU[$1]=$(python3 -c "print(round($(cpu_seconds) - $started, 1))")
    kill $sampler; wait $sampler 2>/dev/null || true
    [ "$(grep -c "Job $2: video ready" $LOG)" -ge $3 ] || { grep "Job $2" $LOG | tail -3; exit 1; }
    WALL[$1]=$(since "Job $2: stage rendering started" "Job $2: video ready" $3)
    read jvm ff < $WORK/rss
    JVM_RSS[$1]=$((jvm / 1024)); FF_RSS[$1]=$((ff / 1024))
    until [ "$(sql "SELECT status FROM video_jobs WHERE id = '$2'")" = completed ]; do sleep 0.2; done
}

# report BINARY: its figures, printed as soon as its runs are done, so a later binary's failure loses none of them
report() {
    local binary=$1
    echo
    echo "Render benchmark on $(nproc) cores, $(date -u +%F), $MINUTES-minute jobs of the built-in providers; load average" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "Naive baseline (one FFmpeg, images looped at 30 fps into libx264 medium): measured on a ${SLICE}-s slice, scaled linearly"
    echo
    echo "FFmpeg $binary ${VERSIONS[$binary]}: baseline ${BASE_WALL[$binary]} s"
    printf '%-12s %9s %8s %9s %11s %11s %10s\n' "render" "wall s" "CPU s" "vs still" "baseline/x" "JVM RSS MB" "FFmpeg MB"
    runs=$(seq 1 $JOBS)
    still=$(median $(for r in $runs; do echo ${WALL[$binary-still-$r]}; done))
    row() { # label wall cpu jvm ff
        printf '%-12s %9s %8s %8s× %10s× %11s %10s\n' "$1" "$2" "$3" "$(python3 -c "print(round($2 / $still, 2))")" \
            "$(python3 -c "print(round(${BASE_WALL[$binary]} / $2, 1))")" "$4" "$5"
    }
    row "still" $still $(median $(for r in $runs; do echo ${CPU[$binary-still-$r]}; done)) \
        $(median $(for r in $runs; do echo ${JVM_RSS[$binary-still-$r]}; done)) \
        $(median $(for r in $runs; do echo ${FF_RSS[$binary-still-$r]}; done))
    for look in $MOTIONS $VISUALIZERS; do
        row "$look" ${WALL[$binary-$look]} ${CPU[$binary-$look]} ${JVM_RSS[$binary-$look]} ${FF_RSS[$binary-$look]}
    done
    echo "still renders: $(for r in $runs; do printf '%s s (%s, %s encode) ' ${WALL[$binary-still-$r]} \
        "${LOUDNESS[$binary-$r]}" ${ENCODES[$binary-$r]}; done)"
    printf 'whole job, planned to completed: %s s (runs: %s); by stage (median):' \
        $(median $(for r in $runs; do echo ${WHOLE[$binary-$r]}; done)) "$(for r in $runs; do printf '%s ' ${WHOLE[$binary-$r]}; done)"
    for stage in "${STAGES[@]}"; do
        printf ' %s %s s,' $stage $(median $(for r in $runs; do echo ${STAGE[$binary-$stage-$r]}; done))
    done
    echo " the rest polls between stages"
    if [ -n "$MOTIONS$VISUALIZERS" ]; then echo "(motions and visualizers: one run each, of the first job's files)"; fi
}

declare -A VERSIONS STAGE WHOLE LOUDNESS ENCODES BASE_WALL
for binary in $BINARIES; do
    DIR=$WORK/$binary
    start_studio $DIR $([ $binary = path ] && echo ffmpeg || echo "")
    VERSIONS[$binary]=$VERSION
    FFMPEG=$(grep -oE 'Using FFmpeg [^ ]+ at [^ ]+' $LOG | head -1 | awk '{print $5}')
    CHANNEL=$(api -d '{"name":"Benchmark","brand_niche":"Lo-Fi Study Beats"}' localhost:$PORT/api/channels | sed -E 's/.*"id":"([^"]+)".*/\1/')
    for run in $(seq 1 $JOBS); do
        JOB=$(api -d "{\"mood_keywords\":\"calm, warm\",\"target_duration_minutes\":$MINUTES,\"output_directory\":\"bench-$run\"}" \
            localhost:$PORT/api/channels/$CHANNEL/jobs | sed -E 's/.*"id":"([^"]+)".*/\1/')
        [ $run = 1 ] && FIRST_JOB=$JOB
        render $binary-still-$run $JOB 1
        for stage in "${STAGES[@]}"; do
            end="stage $stage done"
            [ $stage = rendering ] && end="video ready"
            STAGE[$binary-$stage-$run]=$(since "Job $JOB: stage $stage started" "Job $JOB: $end" 1)
        done
        WHOLE[$binary-$run]=$(since "Job $JOB: stage planned started" "Job $JOB: stage ready_for_export done" 1)
        ENCODES[$binary-$run]=$(grep -c "Job $JOB rendering: program audio done" $LOG)
        LOUDNESS[$binary-$run]=$("$FFMPEG" -nostdin -hide_banner -nostats -i $DIR/out/bench-$run/video/video.mp4 -map 0:a:0 \
            -af ebur128=peak=true -f null - 2>&1 | awk '/I:/ {i=$2} /Peak:/ {p=$2} END {printf "%s LUFS, %s dBTP", i, p}')
        echo "$binary job $run: ${WHOLE[$binary-$run]} s planned to completed, render ${WALL[$binary-still-$run]} s" >&2
    done
    renders=1
    for look in $MOTIONS $VISUALIZERS; do
        renders=$((renders + 1))
        motion=none; visualizer=none
        case " $MOTIONS " in *" $look "*) motion=$look ;; *) visualizer=$look ;; esac
        sql "UPDATE channels SET render_motion = '$motion', render_visualizer = '$visualizer' WHERE id = '$CHANNEL';
             UPDATE video_jobs SET status = 'rendering' WHERE id = '$FIRST_JOB'"
        render $binary-$look $FIRST_JOB $renders
        echo "$binary $look: ${WALL[$binary-$look]} s" >&2
    done
    kill $APP; wait $APP 2>/dev/null || true; APP=

    # Baseline on a 5-minute slice of the first job: its first images, each for its track's length, cut at 300 s.
    SLICE=300
    FOLDER=$DIR/out/bench-1
    : > $WORK/images.txt; : > $WORK/audio.txt; total=0
    for i in $(seq -w 1 20); do
        seconds=$(python3 -c "import wave; w=wave.open('$FOLDER/audio/$i.wav'); print(w.getnframes()/w.getframerate())")
        printf "file '%s'\nduration %s\n" "$FOLDER/images/$i.png" "$seconds" >> $WORK/images.txt
        printf "file '%s'\n" "$FOLDER/audio/$i.wav" >> $WORK/audio.txt
        total=$(python3 -c "print($total + $seconds)")
        python3 -c "import sys; sys.exit(0 if $total >= $SLICE else 1)" && break
    done
    /usr/bin/time -f '%e %M' -o $WORK/baseline.time "$FFMPEG" -nostdin -v error -y \
        -f concat -safe 0 -i $WORK/images.txt -f concat -safe 0 -i $WORK/audio.txt -t $SLICE \
        -vf "scale=1920:1080:force_original_aspect_ratio=increase,crop=1920:1080,format=yuv420p" -r 30 \
        -c:v libx264 -preset medium -c:a aac -b:a 256k -ar 48000 -movflags +faststart $WORK/baseline.mp4
    read wall rss < $WORK/baseline.time
    BASE_WALL[$binary]=$(python3 -c "print(round($wall * $MINUTES * 60 / $SLICE, 1))")
    report $binary
done
