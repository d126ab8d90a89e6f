package com.channelstudio.jobs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The claims this instance has work in flight for. Only these are renewed; a claim the heartbeat no longer
 * finds (taken over, released) is lost, and its work is stopped at once: its FFmpeg processes are killed and the
 * next item or write of that job fails with {@link ClaimLostException}.
 */
@Component("jobClaims")
public class JobClaims {

    private static final Logger log = LoggerFactory.getLogger(JobClaims.class);

    private final Map<UUID, VideoJob> inFlight = new ConcurrentHashMap<>();
    /** When each claim in flight was last known to be held (claimed or renewed), on the monotonic clock. */
    private final Map<UUID, Long> heldAtNanos = new ConcurrentHashMap<>();
    private final Set<UUID> lost = ConcurrentHashMap.newKeySet();
    private final JobFolders folders;
    private final DiskRoom diskRoom;
    private final JobProcesses processes;
    private final JdbcTemplate jdbc;
    private volatile boolean claiming = true;

    private final long leaseNanos;

    public JobClaims(JobFolders folders, JobProcesses processes, JdbcTemplate jdbc, StudioInstance instance, DiskRoom diskRoom) {
        this.leaseNanos = TimeUnit.SECONDS.toNanos(instance.leaseSeconds());
        this.folders = folders;
        this.processes = processes;
        this.jdbc = jdbc;
        this.diskRoom = diskRoom;
    }

    /** False once this instance is stopping: no stage claims another job. */
    public boolean claiming() {
        return claiming;
    }

    /** Whether this instance claims a job of this stage now: it is not stopping, and the disk has room for the stage. */
    public boolean mayClaim(String stage) {
        return claiming && diskRoom.allows(stage);
    }

    public void began(VideoJob job) {
        heldAtNanos.put(job.claimToken(), System.nanoTime());
        inFlight.put(job.claimToken(), job);
    }

    public void ended(VideoJob job) {
        inFlight.remove(job.claimToken());
        heldAtNanos.remove(job.claimToken());
        lost.remove(job.claimToken());
    }

    public List<VideoJob> inFlight() {
        return List.copyOf(inFlight.values());
    }

    /** The claim tokens with work in flight, as a PostgreSQL array literal for {@code CAST(... AS UUID[])}. */
    public String tokensInFlight() {
        return inFlight.keySet().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /** The heartbeat renewed {@code renewed} of the claims it was asked about; the others are lost. */
    public void renewed(@Header("claimsAsked") String asked, List<Map<String, Object>> renewed) {
        Set<UUID> stillHeld = renewed.stream().map(row -> (UUID) row.get("claim_token")).collect(Collectors.toSet());
        long now = System.nanoTime();
        stillHeld.forEach(token -> heldAtNanos.computeIfPresent(token, (held, before) -> now));
        for (String token : asked.substring(1, asked.length() - 1).split(",")) {
            if (!token.isEmpty() && !stillHeld.contains(UUID.fromString(token))) {
                lose(UUID.fromString(token), "its claim was taken over by another instance or released");
            }
        }
    }

    /**
     * Claims this instance could not renew for a whole lease (PostgreSQL out of reach, a long pause) may belong to
     * another instance by now: their work stops without waiting for the database to say so.
     */
    public void stopUnrenewed() {
        long now = System.nanoTime();
        heldAtNanos.forEach((token, heldAt) -> {
            if (now - heldAt > leaseNanos) {
                lose(token, "its lease ran out without renewal (the database was out of reach)");
            }
        });
    }

    /** This instance is stopping: no stage claims another job, and no job starts another item. */
    public void stopClaiming() {
        claiming = false;
    }

    /** Stops the external processes of the jobs in flight (all of them, or those in one stage). */
    public void stopProcesses(String stage) {
        inFlight.values().stream()
                .filter(job -> stage == null || stage.equals(job.status()))
                .forEach(job -> processes.stop(folders.root(job)));
    }

    /** Fails the calling item if its job's work stopped here, so no further item starts for it. */
    public void checkHeld(VideoJob job) {
        if (!claiming) {
            throw new ClaimLostException(job.id(), "this instance is stopping; the job is given back");
        }
        if (lost.contains(job.claimToken())) {
            throw new ClaimLostException(job.id(), "this instance no longer holds the job; its work stopped");
        }
    }

    /** Whether the job's work ended because it stopped here (claim lost, instance stopping), not because it failed. */
    public boolean workStopped(VideoJob job) {
        return !claiming || lost.contains(job.claimToken());
    }

    /**
     * A fenced write changed no row: either the row was already there (an earlier attempt recorded it) or the claim
     * is no longer this instance's. Only the second stops the work.
     */
    public void confirmWritten(VideoJob job, @Header("CamelSqlUpdateCount") Integer updated) {
        if (updated != null && updated > 0) {
            return;
        }
        Integer held = jdbc.queryForObject("SELECT COUNT(*) FROM video_jobs WHERE id = ? AND claim_token = ?",
                Integer.class, job.id(), job.claimToken());
        if (held == null || held == 0) {
            lose(job.claimToken(), "a write found its claim gone");
            throw new ClaimLostException(job.id(), "this instance no longer holds the job; nothing was recorded");
        }
    }

    private void lose(UUID token, String why) {
        VideoJob job = inFlight.get(token);
        if (job == null || !lost.add(token)) {
            return;
        }
        log.warn("Job {}: stopping its work on this instance: {}", job.id(), why);
        processes.stop(folders.root(job));
    }
}
