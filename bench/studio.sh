# Sourced by the benchmark scripts (from the repository's root): the studio's jar, built if needed; a scratch
# folder; the real studio started on a folder of its own and stopped when the script ends; its REST API.
WORK=$(mktemp -d /tmp/$(basename "$0" .sh).XXXX)
PASSWORD=bench-password-$RANDOM$RANDOM
APP=
trap '[ -n "$APP" ] && kill $APP 2>/dev/null || true; wait 2>/dev/null || true' EXIT

./mvnw -q -B -o package -DskipTests 2>/dev/null || ./mvnw -q -B package -DskipTests
JAR=$(ls target/channel-studio-*.jar | head -1)

# start_studio FOLDER [ffmpeg]: runs the studio with its database and output in FOLDER, its log in FOLDER.log, with
# the bundled FFmpeg or (given "ffmpeg") the one on the PATH; returns once it answers. Sets APP, PORT, LOG, VERSION.
start_studio() {
    PORT=$((20000 + RANDOM % 10000))
    LOG=$1.log
    STUDIO_FFMPEG_PATH=${2:-} java -jar "$JAR" --server.port=$PORT --studio.demo.enabled=false \
        --studio.security.password=$PASSWORD --studio.database.embedded-dir=$1/pg --studio.output-dir=$1/out \
        --studio.ffmpeg.cache-dir=$WORK/ffmpeg --studio.render.cron='* * * * * ?' \
        --camel.main.routes-reload-enabled=false > $LOG 2>&1 &
    APP=$!
    until curl -sf localhost:$PORT/actuator/health > /dev/null && grep -q 'Using FFmpeg' $LOG; do
        kill -0 $APP 2>/dev/null || { tail -5 $LOG; exit 1; }
        sleep 1
    done
    VERSION=$(grep -oE 'Using FFmpeg [^ ]+' $LOG | head -1 | awk '{print $3}')
    STUDIO_DIR=$1
    PG_PORT=$(grep -oE 'Embedded PostgreSQL listening on port [0-9]+' $LOG | head -1 | awk '{print $NF}')
}

# sql STATEMENT: runs it on the studio's embedded database (needs psql, Debian: postgresql-client), printing rows bare
sql() { PGPASSFILE=$STUDIO_DIR/pg.pgpass psql -q -h localhost -p $PG_PORT -U studio -d postgres -v ON_ERROR_STOP=1 -tA -c "$1" 2>/dev/null; }

# nth_line TEXT N: the timestamp of the Nth log line holding TEXT
nth_line() { grep "$1" $LOG | sed -n "${2}p" | cut -c1-23; }

TICKS=$(getconf CLK_TCK)
cpu_seconds() { # user + system time of the studio and of its children that have ended
    python3 -c "f=open('/proc/$APP/stat').read().rsplit(')',1)[1].split(); print(sum(int(x) for x in f[11:15]) / $TICKS)"
}

api() { curl -sf -u operator:$PASSWORD -H 'Content-Type: application/json' "$@"; }

seconds_between() { # $1 $2 = log timestamps
    python3 -c "from datetime import datetime as d; f='%Y-%m-%dT%H:%M:%S.%f'; print(round((d.strptime('$2',f)-d.strptime('$1',f)).total_seconds(),1))"
}
