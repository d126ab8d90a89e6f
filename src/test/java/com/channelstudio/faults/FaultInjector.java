package com.channelstudio.faults;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Injects the planned faults, each at the first moment its condition holds: a job is being worked on in the
 * fault's stage (claimed) by a running studio (for an outage: both studios up), the database is up, and the last
 * fault has settled. Faults are
 * tried in the plan's order, so put the rarest moments (a short stage) first. The provider hang needs no moment:
 * the stub hangs the first generation request, and this notes when it came.
 */
final class FaultInjector {

    /** Time for the studios to see the last fault's end (reconnect, resume) before the next one. */
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final Duration SIGTERM_PATIENCE = Duration.ofSeconds(60);

    private final List<PlannedFault> pending;
    private final List<StudioProcess> studios;
    private final ProofDatabase database;
    private final Duration outage;
    private final HangingImageProvider provider;
    private final FaultTimeline timeline;
    private final Map<StudioProcess, Instant> starting = new HashMap<>();
    private final Map<StudioProcess, Instant> stopping = new HashMap<>();
    private final List<String> unexpectedExits = new ArrayList<>();
    private Instant settledAfter = Instant.now();
    private Instant databaseDownAt;
    private boolean hangSeen;

    FaultInjector(List<PlannedFault> plan, List<StudioProcess> studios, ProofDatabase database, Duration outage,
            HangingImageProvider provider, FaultTimeline timeline) {
        this.pending = new ArrayList<>(plan);
        this.studios = studios;
        this.database = database;
        this.outage = outage;
        this.provider = provider;
        this.timeline = timeline;
    }

    /** One look at the jobs (empty while the database is down): ends an outage that has lasted, or injects a fault. */
    void tick(List<JobState> jobs) throws IOException, InterruptedException {
        noteHang();
        if (databaseDownAt != null) {
            if (Duration.between(databaseDownAt, Instant.now()).compareTo(outage) >= 0) {
                database.start();
                timeline.note("PostgreSQL up again after " + seconds(databaseDownAt) + " down");
                databaseDownAt = null;
                settledAfter = Instant.now().plus(SETTLE);
            }
            return;
        }
        watchStudios();
        if (Instant.now().isBefore(settledAfter)) {
            return;
        }
        for (PlannedFault fault : pending) {
            Optional<JobState> job = jobs.stream()
                    .filter(j -> j.status().equals(fault.stage()) && j.claimedBy() != null).findFirst();
            Optional<StudioProcess> holder = job.flatMap(j -> studios.stream()
                    .filter(s -> s.holds(j.claimedBy()) && !stopping.containsKey(s)).findFirst());
            // An outage only once both studios are up: one starting without its database would fail for that alone.
            boolean now = fault.kind() == PlannedFault.Kind.DATABASE_DOWN
                    ? job.isPresent() && starting.isEmpty() && stopping.isEmpty() : holder.isPresent();
            if (now) {
                pending.remove(fault);
                inject(fault, job.get(), holder.orElse(null));
                settledAfter = Instant.now().plus(SETTLE);
                return;
            }
        }
    }

    boolean databaseUp() {
        return databaseDownAt == null;
    }

    List<PlannedFault> notInjected() {
        return List.copyOf(pending);
    }

    List<String> unexpectedExits() {
        return List.copyOf(unexpectedExits);
    }

    boolean hangSeen() {
        return hangSeen;
    }

    private void inject(PlannedFault fault, JobState job, StudioProcess holder) throws IOException, InterruptedException {
        String where = "job " + job.shortId() + " in " + job.status();
        switch (fault.kind()) {
            case KILL_9 -> {
                timeline.fault("kill -9 " + holder.name() + " (pid " + holder.pid() + "), which holds " + where);
                holder.kill9();
                restart(holder);
            }
            case SIGTERM -> {
                timeline.fault("SIGTERM " + holder.name() + " (pid " + holder.pid() + "), which holds " + where);
                holder.terminate();
                stopping.put(holder, Instant.now());
            }
            case DATABASE_DOWN -> {
                timeline.fault("PostgreSQL down for " + outage.toSeconds() + " s, while " + where
                        + (job.claimedBy() == null ? "" : " (claimed by " + job.claimedBy() + ")"));
                database.stop();
                databaseDownAt = Instant.now();
            }
        }
    }

    private void restart(StudioProcess studio) throws IOException {
        studio.start();
        starting.put(studio, Instant.now());
        timeline.note(studio.name() + " started again (pid " + studio.pid() + ")");
    }

    /**
     * Notes studios that came up or stopped after SIGTERM (and starts those again), and restarts, and reports, any
     * that died without being told to.
     */
    private void watchStudios() throws IOException, InterruptedException {
        for (StudioProcess studio : studios) {
            Instant asked = stopping.get(studio);
            if (asked != null) {
                if (!studio.alive()) {
                    timeline.note(studio.name() + " exited " + seconds(asked) + " after SIGTERM (code " + studio.exitCode() + ")");
                    stopping.remove(studio);
                    restart(studio);
                } else if (Duration.between(asked, Instant.now()).compareTo(SIGTERM_PATIENCE) > 0) {
                    timeline.note(studio.name() + " had not exited " + seconds(asked) + " after SIGTERM: kill -9");
                    studio.kill9();
                    stopping.remove(studio);
                    restart(studio);
                }
            } else if (!studio.alive()) {
                String exit = studio.name() + " exited by itself with code " + studio.exitCode();
                unexpectedExits.add(exit + " at +" + timeline.elapsed().toSeconds() + " s");
                timeline.note(exit + "; see " + studio.log());
                restart(studio);
            } else if (starting.containsKey(studio) && studio.ready()) {
                timeline.note(studio.name() + " up (pid " + studio.pid() + ") " + seconds(starting.remove(studio)) + " after its start");
            }
        }
    }

    private void noteHang() {
        if (!hangSeen) {
            provider.hung().ifPresent(event -> {
                hangSeen = true;
                timeline.fault("provider hang: generation request at " + event.getRequest().getLoggedDate().toInstant()
                        + " held " + event.getResponseDefinition().getFixedDelayMilliseconds() + " ms by the image provider");
            });
        }
    }

    private static String seconds(Instant since) {
        return String.format(java.util.Locale.ROOT, "%.1f s", Duration.between(since, Instant.now()).toMillis() / 1000.0);
    }
}
