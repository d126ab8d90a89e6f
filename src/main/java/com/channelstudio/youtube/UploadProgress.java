package com.channelstudio.youtube;

import com.channelstudio.jobs.JobClaims;
import com.channelstudio.jobs.VideoJob;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records an upload's session and the bytes YouTube confirmed while the upload runs, on the row of what is uploaded
 * (the job's video, or one of its Shorts), each write fenced by the job's claim: an instance that lost the job records
 * nothing and stops sending.
 */
@Component
class UploadProgress {

    private static final String VIDEO_ROW = "UPDATE video_jobs s SET %s WHERE s.id = ? AND s.claim_token = ?";
    private static final String SHORT_ROW = "UPDATE job_shorts s SET %s FROM video_jobs j "
            + "WHERE s.video_job_id = j.id AND j.id = ? AND j.claim_token = ? AND s.short_index = ?";

    private final JdbcTemplate jdbc;
    private final JobClaims claims;

    UploadProgress(JdbcTemplate jdbc, JobClaims claims) {
        this.jdbc = jdbc;
        this.claims = claims;
    }

    Session ofVideo(VideoJob job) {
        return new Session(job, VIDEO_ROW, List.of(job.id(), job.claimToken()));
    }

    Session ofShort(VideoJob job, int shortIndex) {
        return new Session(job, SHORT_ROW, List.of(job.id(), job.claimToken(), shortIndex));
    }

    /** The session of one upload, kept on its row. */
    final class Session {

        private final VideoJob job;
        private final String statement;
        private final List<Object> row;

        private Session(VideoJob job, String statement, List<Object> row) {
            this.job = job;
            this.statement = statement;
            this.row = row;
        }

        /** A new session: from now on whoever holds the job resumes it rather than uploading again. */
        void opened(String sessionUri, long total) {
            update("upload_session_uri = ?, upload_bytes_sent = 0, upload_bytes_total = ?, "
                    + "upload_session_opened_at = COALESCE(s.upload_session_opened_at, CURRENT_TIMESTAMP)", sessionUri, total);
        }

        void confirmed(long bytes) {
            update("upload_bytes_sent = ?", bytes);
        }

        /** The session expired (YouTube keeps one about a week): the next upload opens a new one. */
        void expired() {
            update("upload_session_uri = NULL, upload_bytes_sent = NULL");
        }

        private void update(String assignments, Object... values) {
            List<Object> parameters = new ArrayList<>(List.of(values));
            parameters.addAll(row);
            claims.confirmWritten(job, jdbc.update(String.format(statement, assignments), parameters.toArray()));
        }
    }
}
