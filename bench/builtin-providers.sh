#!/usr/bin/env bash
# Benchmarks the built-in providers on one 60-minute album: the synthesiser on 1 and 2 threads (20 tracks x 3 min)
# and the painter (20 images at 1920x1080). Usage: bench/builtin-providers.sh ["niche" ["mood" [threads]]]
set -euo pipefail
cd "$(dirname "$0")/.."
MVN_OFFLINE=${MVN_OFFLINE:--o}
./mvnw -B -q $MVN_OFFLINE test-compile
CP_FILE=target/bench-classpath.txt
./mvnw -B -q $MVN_OFFLINE dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
# A small fixed heap shows the synthesiser streams: twenty 3-minute tracks would need ~700 MB if held in memory.
exec java -Xmx256m -Djava.awt.headless=true -cp "target/classes:target/test-classes:$(cat "$CP_FILE")" \
    com.channelstudio.bench.BuiltInProvidersBenchmark "${1:-Royal court classical}" "${2:-elegant, serene}" "${3:-2}"
