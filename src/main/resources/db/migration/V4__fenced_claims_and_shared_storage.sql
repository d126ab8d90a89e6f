-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- Each claim gets its own token. Every write a stage makes names it, so an instance that lost its claim (its lease
-- ran out during a long pause, another instance took the job over) can no longer change the job or its rows.
ALTER TABLE video_jobs
    ADD COLUMN claim_token UUID,
    ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;

-- Which instance ran a render attempt, so the instance that takes an abandoned job over can close the attempt
-- (and remove its scratch folder) with a message naming who stopped.
ALTER TABLE render_tasks
    ADD COLUMN rendered_by TEXT;

-- The storage every instance must share: the first instance writes a marker file into its studio.output-dir and
-- records its name here; an instance that cannot see that file is looking at other storage and refuses to start.
CREATE TABLE studio_storage (
    marker TEXT PRIMARY KEY,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
