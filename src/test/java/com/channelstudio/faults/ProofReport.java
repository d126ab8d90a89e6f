package com.channelstudio.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures of one proof run, read from the database and the disk after the studios stopped, and what in them
 * breaks the studio's promise (an unattended run: every job completes, nothing twice, nothing left open, nothing
 * written outside the output root, nobody retries anything).
 */
final class ProofReport {

    /** The only reason a render attempt may have failed: its instance stopped (killed or shut down) under it. */
    static final Pattern INSTANCE_STOPPED = Pattern.compile("(?is).*\\binstance\\b.*\\bstop.*");

    final int jobs;
    final int completed;
    final int faultsInjected;
    final int duplicateRows;
    final int renderTasksInProgress;
    final int renderTasksPending;
    final List<String> filesOutsideRoot = new ArrayList<>();
    final List<String> rowsWithoutFile = new ArrayList<>();
    final List<String> retryNeeded = new ArrayList<>();

    ProofReport(JdbcTemplate sql, Path outputRoot, Set<Path> createdOutside, int faultsInjected) throws IOException {
        this.faultsInjected = faultsInjected;
        jobs = count(sql, "SELECT COUNT(*) FROM video_jobs");
        completed = count(sql, "SELECT COUNT(*) FROM video_jobs WHERE status = 'completed'");
        duplicateRows = count(sql, "SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM audio_tracks "
                        + "GROUP BY video_job_id, order_index) AS tracks")
                + count(sql, "SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM images "
                        + "GROUP BY video_job_id, order_index) AS pictures")
                + count(sql, "SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM render_tasks "
                        + "WHERE status = 'completed' GROUP BY video_job_id) AS renders");
        renderTasksInProgress = count(sql, "SELECT COUNT(*) FROM render_tasks WHERE status = 'in_progress'");
        renderTasksPending = count(sql, "SELECT COUNT(*) FROM render_tasks WHERE status = 'pending'");
        Path root = outputRoot.toRealPath();
        for (String recorded : sql.queryForList("SELECT local_file_path FROM audio_tracks UNION ALL "
                + "SELECT local_file_path FROM images UNION ALL "
                + "SELECT local_video_path FROM video_jobs WHERE local_video_path IS NOT NULL UNION ALL "
                + "SELECT local_video_path FROM render_tasks WHERE local_video_path IS NOT NULL", String.class)) {
            // Rows may hold absolute paths or paths relative to the output root.
            Path file = root.resolve(recorded);
            if (!Files.exists(file)) {
                rowsWithoutFile.add(recorded);
            } else if (!file.toRealPath().startsWith(root)) {
                filesOutsideRoot.add(recorded + " (a row points there)");
            }
        }
        createdOutside.forEach(file -> filesOutsideRoot.add(file + " (created during the run)"));
        sql.queryForList("SELECT id || ': ' || CAST(status AS TEXT) || ', failed_stage ' || COALESCE(CAST(failed_stage AS TEXT), '-') "
                + "|| ', error_message ' || error_message FROM video_jobs WHERE error_message IS NOT NULL OR failed_stage IS NOT NULL",
                String.class).forEach(job -> retryNeeded.add("job " + job));
        sql.queryForList("SELECT video_job_id || ': render task ' || id || ' failed: ' || COALESCE(error_message, '(no message)') "
                + "AS line, error_message FROM render_tasks WHERE status = 'failed'").stream()
                .filter(row -> row.get("error_message") == null
                        || !INSTANCE_STOPPED.matcher((String) row.get("error_message")).matches())
                .forEach(row -> retryNeeded.add("job " + row.get("line")));
    }

    String line() {
        return String.format(Locale.ROOT, "jobs completed %d/%d, faults injected %d, duplicate rows %d, render_tasks in_progress %d"
                        + " (pending %d), files outside output root %d, rows pointing at no file %d, failures needing a retry %d",
                completed, jobs, faultsInjected, duplicateRows, renderTasksInProgress, renderTasksPending,
                filesOutsideRoot.size(), rowsWithoutFile.size(), retryNeeded.size());
    }

    private static int count(JdbcTemplate sql, String query) {
        return sql.queryForObject(query, Integer.class);
    }
}
