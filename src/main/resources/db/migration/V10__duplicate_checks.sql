-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- The perceptual hash (256-bit dHash, 64 hex digits) of an image, computed once when its video is first checked
-- for near copies of the channel's recent videos.
ALTER TABLE images
    ADD COLUMN perceptual_hash VARCHAR(64) CHECK (perceptual_hash ~ '^[0-9a-f]{64}$');

-- The evidence of every check of a video against its channel's recent videos (before render): per image, the
-- nearest image of those videos and their Hamming distance; per music prompt that repeats one of theirs, which.
-- duplicate: the item was held and made again (distance under the threshold, or a repeated prompt).
-- One check_id per check; repair counts the repairs made before it in that stage run (0: the first look).
CREATE TABLE duplicate_checks (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    video_job_id UUID NOT NULL REFERENCES video_jobs(id) ON DELETE CASCADE,
    check_id UUID NOT NULL,
    repair INTEGER NOT NULL CHECK (repair >= 0),
    kind VARCHAR(20) NOT NULL CHECK (kind IN ('image', 'music_prompt')),
    order_index INTEGER NOT NULL CHECK (order_index BETWEEN 1 AND 20),
    other_video_job_id UUID REFERENCES video_jobs(id) ON DELETE SET NULL,
    other_order_index INTEGER NOT NULL CHECK (other_order_index BETWEEN 1 AND 20),
    hash_distance INTEGER CHECK (hash_distance BETWEEN 0 AND 256),
    threshold INTEGER CHECK (threshold BETWEEN 0 AND 256),
    duplicate BOOLEAN NOT NULL,
    checked_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CHECK ((kind = 'image') = (hash_distance IS NOT NULL AND threshold IS NOT NULL))
);

CREATE INDEX idx_duplicate_checks_job ON duplicate_checks (video_job_id, checked_at);
