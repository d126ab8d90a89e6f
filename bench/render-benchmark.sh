#!/usr/bin/env bash
# Render benchmark: the studio's renderer against a naive FFmpeg baseline, in one invocation, on this machine, once
# with each FFmpeg the studio may run: the bundled static 4.4.1 (the default) and the one on the PATH, if any.
#
# (a) studio: the real application (built-in providers, embedded PostgreSQL) renders a job of each length; the time
#     is that of the `rendering` stage (log line "stage rendering started" to "video ready"), audio included. Peak
#     RSS is sampled every 0.2 s for the JVM and for all FFmpeg processes together. The published file's loudness
#     and true peak are measured, and the audio encodes counted (more than one means a corrective encode ran).
# (b) baseline: one FFmpeg command that loops the images at 30 fps into libx264 -preset medium with the
#     concatenated audio, with the same binary. It is linear in length, so it runs on a 5-minute slice of the first
#     job's files and is scaled up; the output says so.
#
# Usage: bench/render-benchmark.sh [minutes ...]   (default: 60)
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=("$@")
[ $# -eq 0 ] && MINUTES=(60)
source bench/studio.sh

BINARIES=(bundled)
command -v ffmpeg > /dev/null && BINARIES+=(path)

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

declare -A WALL JVM_PEAK FF_PEAK LOUDNESS ENCODES VERSION BASE_WALL BASE_RSS
for binary in "${BINARIES[@]}"; do
    DIR=$WORK/$binary
    start_studio $DIR $([ $binary = path ] && echo ffmpeg || echo "")
    FFMPEG=$(grep -oE 'Using FFmpeg [^ ]+ at [^ ]+' $DIR.log | head -1 | awk '{print $5}')
    VERSION[$binary]=$VERSION
    CHANNEL=$(api -d '{"name":"Benchmark","brand_niche":"Lo-Fi Study Beats"}' localhost:$PORT/api/channels | sed -E 's/.*"id":"([^"]+)".*/\1/')
    for minutes in "${MINUTES[@]}"; do
        key=$binary-$minutes
        JOB=$(api -d "{\"mood_keywords\":\"calm, warm\",\"target_duration_minutes\":$minutes,\"output_directory\":\"bench-$minutes\"}" \
            localhost:$PORT/api/channels/$CHANNEL/jobs | sed -E 's/.*"id":"([^"]+)".*/\1/')
        until grep -q "Job $JOB: stage rendering started" $DIR.log; do sleep 0.2; done
        sample_rss $WORK/rss-$key & SAMPLER=$!
        until grep -qE "Job $JOB: (video ready|.*failed)" $DIR.log; do sleep 0.2; done
        kill $SAMPLER; wait $SAMPLER 2>/dev/null || true
        grep -q "Job $JOB: video ready" $DIR.log || { grep "Job $JOB" $DIR.log | tail -3; exit 1; }
        WALL[$key]=$(seconds_between "$(grep "Job $JOB: stage rendering started" $DIR.log | cut -c1-23)" \
            "$(grep "Job $JOB: video ready" $DIR.log | cut -c1-23)")
        read JVM_PEAK[$key] FF_PEAK[$key] < $WORK/rss-$key
        ENCODES[$key]=$(grep -c "Job $JOB rendering: program audio done" $DIR.log)
        LOUDNESS[$key]=$("$FFMPEG" -nostdin -hide_banner -nostats -i $DIR/out/bench-$minutes/video/video.mp4 -map 0:a:0 \
            -af ebur128=peak=true -f null - 2>&1 | awk '/I:/ {i=$2} /Peak:/ {p=$2} END {printf "%s LUFS, %s dBTP", i, p}')
    done
    kill $APP; wait $APP 2>/dev/null || true; APP=

    # Baseline on a 5-minute slice of the first job: its first images, each for its track's length, cut at 300 s.
    SLICE=300
    FOLDER=$DIR/out/bench-${MINUTES[0]}
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
    read BASE_WALL[$binary] BASE_RSS[$binary] < $WORK/baseline.time
done

echo
echo "Render benchmark on $(nproc) cores, $(date -u +%F); baseline measured on a ${SLICE}-s slice, scaled linearly"
printf '%-26s %5s %8s %9s %9s %12s %10s %28s %8s\n' "FFmpeg" "min" "wall s" "realtime" "baseline" "ratio b/a" \
    "RSS JVM" "published audio" "encodes"
for binary in "${BINARIES[@]}"; do
    label="$binary ${VERSION[$binary]}"
    for minutes in "${MINUTES[@]}"; do
        key=$binary-$minutes
        scaled=$(python3 -c "print(round(${BASE_WALL[$binary]}*$minutes*60/$SLICE,1))")
        printf '%-26s %5s %8s %8s× %9s %12s %7s MB %28s %8s\n' "$label" "$minutes" "${WALL[$key]}" \
            "$(python3 -c "print(round($minutes*60/${WALL[$key]},1))")" "$scaled" \
            "$(python3 -c "print(round($scaled/${WALL[$key]},1))")" "$((${JVM_PEAK[$key]} / 1024))" \
            "${LOUDNESS[$key]}" "${ENCODES[$key]}"
    done
done
echo "(peak RSS of all FFmpeg processes: $(for b in "${BINARIES[@]}"; do for m in "${MINUTES[@]}"; do \
    printf '%s %s min %s MB; ' $b $m $((${FF_PEAK[$b-$m]} / 1024)); done; done)baseline ${BASE_RSS[bundled]} kB)"
