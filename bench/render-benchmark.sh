#!/usr/bin/env bash
# Render benchmark (issue "Render at the FFmpeg floor"): the studio's renderer against a naive FFmpeg baseline,
# in one invocation, on this machine.
#
# (a) studio: the real application (built-in providers, embedded PostgreSQL, camel-exec) renders a 60-minute and
#     a 90-minute job; the time is that of the `rendering` stage (log line "stage rendering started" to
#     "video ready"), audio chain included. Peak RSS is sampled every 0.2 s for the JVM and for all FFmpeg
#     processes together.
# (b) baseline: one FFmpeg command that loops the images at 30 fps into libx264 -preset medium with the
#     concatenated audio. It is linear in length, so it runs on a 5-minute slice of the same job's files and is
#     scaled up; the output says so.
#
# Usage: bench/render-benchmark.sh [minutes ...]   (default: 60 90)
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=("$@")
[ $# -eq 0 ] && MINUTES=(60 90)
WORK=$(mktemp -d /tmp/render-bench.XXXX)
PORT=$((20000 + RANDOM % 10000))
PASSWORD=bench-$RANDOM$RANDOM
trap 'kill $APP 2>/dev/null || true; wait 2>/dev/null || true' EXIT

./mvnw -q -B -o package -DskipTests 2>/dev/null || ./mvnw -q -B package -DskipTests
JAR=$(ls target/channel-studio-*.jar | head -1)

java -jar "$JAR" --server.port=$PORT --studio.demo.enabled=false --studio.security.password=$PASSWORD \
    --studio.database.embedded-dir=$WORK/pg --studio.output-dir=$WORK/out --studio.render.cron='* * * * * ?' \
    --camel.main.routes-reload-enabled=false > $WORK/studio.log 2>&1 &
APP=$!
until curl -sf localhost:$PORT/actuator/health > /dev/null; do sleep 1; done
api() { curl -sf -u operator:$PASSWORD -H 'Content-Type: application/json' "$@"; }
CHANNEL=$(api -d '{"name":"Benchmark","brand_niche":"Lo-Fi Study Beats"}' localhost:$PORT/api/channels | sed -E 's/.*"id":"([^"]+)".*/\1/')

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

declare -A STUDIO_WALL JVM_PEAK FF_PEAK FOLDER
for minutes in "${MINUTES[@]}"; do
    JOB=$(api -d "{\"mood_keywords\":\"calm, warm\",\"target_duration_minutes\":$minutes,\"output_directory\":\"bench-$minutes\"}" \
        localhost:$PORT/api/channels/$CHANNEL/jobs | sed -E 's/.*"id":"([^"]+)".*/\1/')
    until grep -q "Job $JOB: stage rendering started" $WORK/studio.log; do sleep 0.2; done
    sample_rss $WORK/rss-$minutes & SAMPLER=$!
    until grep -qE "Job $JOB: (video ready|.*failed)" $WORK/studio.log; do sleep 0.2; done
    kill $SAMPLER; wait $SAMPLER 2>/dev/null || true
    grep -q "Job $JOB: video ready" $WORK/studio.log || { grep "Job $JOB" $WORK/studio.log | tail -3; exit 1; }
    start=$(grep "Job $JOB: stage rendering started" $WORK/studio.log | cut -c1-23)
    end=$(grep "Job $JOB: video ready" $WORK/studio.log | cut -c1-23)
    STUDIO_WALL[$minutes]=$(python3 -c "from datetime import datetime as d; f='%Y-%m-%dT%H:%M:%S.%f'; print(round((d.strptime('$end',f)-d.strptime('$start',f)).total_seconds(),1))")
    read JVM_PEAK[$minutes] FF_PEAK[$minutes] < $WORK/rss-$minutes
    FOLDER[$minutes]=$WORK/out/bench-$minutes
done

# Baseline on a 5-minute slice of the 60-minute job: its first images, each for its track's length, cut at 300 s.
FFMPEG=$(grep -oE 'Using FFmpeg at .*' $WORK/studio.log | head -1 | sed 's/Using FFmpeg at //')
SLICE=300
DIR=${FOLDER[${MINUTES[0]}]}
: > $WORK/images.txt; : > $WORK/audio.txt; total=0
for i in $(seq -w 1 20); do
    seconds=$(python3 -c "import wave; w=wave.open('$DIR/audio/$i.wav'); print(w.getnframes()/w.getframerate())")
    printf "file '%s'\nduration %s\n" "$DIR/images/$i.png" "$seconds" >> $WORK/images.txt
    printf "file '%s'\n" "$DIR/audio/$i.wav" >> $WORK/audio.txt
    total=$(python3 -c "print($total + $seconds)")
    python3 -c "import sys; sys.exit(0 if $total >= $SLICE else 1)" && break
done
/usr/bin/time -f '%e %M' -o $WORK/baseline.time "$FFMPEG" -nostdin -v error -y \
    -f concat -safe 0 -i $WORK/images.txt -f concat -safe 0 -i $WORK/audio.txt -t $SLICE \
    -vf "scale=1920:1080:force_original_aspect_ratio=increase,crop=1920:1080,format=yuv420p" -r 30 \
    -c:v libx264 -preset medium -c:a aac -b:a 256k -ar 48000 -movflags +faststart $WORK/baseline.mp4
read BASE_WALL BASE_RSS < $WORK/baseline.time

echo
echo "Render benchmark on $(nproc) cores, $(date -u +%F)"
printf '%-44s %10s %10s %14s %14s\n' "run" "wall s" "realtime×" "peak RSS JVM" "peak RSS ffmpeg"
for minutes in "${MINUTES[@]}"; do
    printf '%-44s %10s %10s %11s MB %11s MB\n' "(a) studio renderer, $minutes min (audio included)" "${STUDIO_WALL[$minutes]}" \
        "$(python3 -c "print(round($minutes*60/${STUDIO_WALL[$minutes]},1))")" \
        "$((${JVM_PEAK[$minutes]} / 1024))" "$((${FF_PEAK[$minutes]} / 1024))"
done
printf '%-44s %10s %10s %14s %11s MB\n' "(b) naive baseline, measured on ${SLICE} s" "$BASE_WALL" \
    "$(python3 -c "print(round($SLICE/$BASE_WALL,1))")" "-" "$((BASE_RSS / 1024))"
for minutes in "${MINUTES[@]}"; do
    "$FFMPEG" -nostdin -hide_banner -nostats -i ${FOLDER[$minutes]}/video/video.mp4 -map 0:a:0 -af ebur128=peak=true \
        -f null - 2>&1 | awk -v m=$minutes '/I:/ {i=$2} /Peak:/ {p=$2} END {printf "(a) studio %s min audio: %s LUFS integrated, true peak %s dBTP\n", m, i, p}'
done
for minutes in "${MINUTES[@]}"; do
    scaled=$(python3 -c "print(round($BASE_WALL*$minutes*60/$SLICE,1))")
    printf '%-44s %10s   ratio b/a = %s\n' "(b) baseline scaled to $minutes min (linear)" "$scaled" \
        "$(python3 -c "print(round($scaled/${STUDIO_WALL[$minutes]},1))")"
done
