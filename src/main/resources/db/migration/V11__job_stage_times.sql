-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- When each job entered each status, whoever moved it (a stage, a retry, plain SQL from another system), so the
-- console can show how long every stage took. Written by triggers; the studio never writes it itself.
CREATE TABLE video_job_stages (
    video_job_id UUID NOT NULL REFERENCES video_jobs(id) ON DELETE CASCADE,
    status video_job_status NOT NULL,
    entered_at TIMESTAMP WITH TIME ZONE DEFAULT clock_timestamp() NOT NULL
);

CREATE INDEX idx_video_job_stages_job ON video_job_stages (video_job_id, entered_at);

CREATE FUNCTION record_video_job_stage() RETURNS trigger AS $$
BEGIN
    INSERT INTO video_job_stages (video_job_id, status) VALUES (NEW.id, NEW.status);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER video_jobs_stage_inserted AFTER INSERT ON video_jobs
    FOR EACH ROW EXECUTE FUNCTION record_video_job_stage();

CREATE TRIGGER video_jobs_stage_changed AFTER UPDATE OF status ON video_jobs
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION record_video_job_stage();

-- Jobs from before this table: their current status, since their last change (all that is known of them).
INSERT INTO video_job_stages (video_job_id, status, entered_at)
SELECT id, status, updated_at FROM video_jobs;
