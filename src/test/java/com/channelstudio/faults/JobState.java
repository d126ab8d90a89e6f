package com.channelstudio.faults;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Where one job stands, as the proof polls it: its stage and which studio instance claims it. */
record JobState(UUID id, String status, String claimedBy) {

    static final List<String> FINISHED = List.of("completed", "failed");

    static List<JobState> all(JdbcTemplate sql) {
        return sql.query("SELECT id, CAST(status AS TEXT) AS status, claimed_by FROM video_jobs ORDER BY created_at",
                (row, n) -> new JobState(row.getObject("id", UUID.class), row.getString("status"), row.getString("claimed_by")));
    }

    boolean finished() {
        return FINISHED.contains(status);
    }

    String shortId() {
        return id.toString().substring(0, 8);
    }
}
