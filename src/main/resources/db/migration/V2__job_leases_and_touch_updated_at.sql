-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- Which studio instance works on a job, until when; a lease that is not renewed frees the job for another instance.
ALTER TABLE video_jobs
    ADD COLUMN claimed_by TEXT,
    ADD COLUMN lease_expires_at TIMESTAMP WITH TIME ZONE,
    -- The stage a failed job failed in, so that a retry resumes there.
    ADD COLUMN failed_stage video_job_status;

CREATE INDEX idx_video_jobs_claimable ON video_jobs (status, created_at) WHERE claimed_by IS NULL;

-- updated_at changes whenever a row changes, whoever changes it (the studio or plain SQL from another system).
CREATE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at := CURRENT_TIMESTAMP;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER channels_touch_updated_at BEFORE UPDATE ON channels
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION touch_updated_at();

CREATE TRIGGER video_jobs_touch_updated_at BEFORE UPDATE ON video_jobs
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION touch_updated_at();
