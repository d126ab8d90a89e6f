package com.channelstudio.youtube;

import com.channelstudio.jobs.JobClaims;
import com.channelstudio.jobs.VideoJob;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records an upload's session and the bytes YouTube confirmed while the upload runs, each write fenced by the
 * job's claim: an instance that lost the job records nothing and stops sending.
 */
@Component
class UploadProgress {

    private final JdbcTemplate jdbc;
    private final JobClaims claims;

    UploadProgress(JdbcTemplate jdbc, JobClaims claims) {
        this.jdbc = jdbc;
        this.claims = claims;
    }

    /** A new session: from now on whoever holds the job resumes it rather than uploading again. */
    void sessionOpened(VideoJob job, String sessionUri, long total) {
        claims.confirmWritten(job, jdbc.update("UPDATE video_jobs SET upload_session_uri = ?, upload_bytes_sent = 0, "
                + "upload_bytes_total = ?, upload_session_opened_at = COALESCE(upload_session_opened_at, CURRENT_TIMESTAMP) "
                + "WHERE id = ? AND claim_token = ?", sessionUri, total, job.id(), job.claimToken()));
    }

    void confirmed(VideoJob job, long bytes) {
        claims.confirmWritten(job, jdbc.update("UPDATE video_jobs SET upload_bytes_sent = ? WHERE id = ? AND claim_token = ?",
                bytes, job.id(), job.claimToken()));
    }

    /** The session expired (YouTube keeps one about a week): the next upload opens a new one. */
    void sessionExpired(VideoJob job) {
        claims.confirmWritten(job, jdbc.update("UPDATE video_jobs SET upload_session_uri = NULL, upload_bytes_sent = NULL "
                + "WHERE id = ? AND claim_token = ?", job.id(), job.claimToken()));
    }
}
