-- The seed schema of the original design document (000_f0d26f520a2ccd23), verbatim.
-- Never edit: later migrations add, they do not change this contract.

CREATE TABLE channels (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name VARCHAR(255) NOT NULL,
    youtube_channel_id VARCHAR(100) UNIQUE,
    brand_niche VARCHAR(255) NOT NULL,
    is_active BOOLEAN DEFAULT TRUE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- Indexes
CREATE INDEX idx_channels_is_active ON channels(is_active);
CREATE INDEX idx_channels_created_at ON channels(created_at DESC);

CREATE TYPE video_job_status AS ENUM (
    'planned',
    'generating_music',
    'generating_image',
    'rendering',
    'ready_for_export',
    'completed',
    'failed'
);

CREATE TABLE video_jobs (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    channel_id UUID NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    status video_job_status DEFAULT 'planned' NOT NULL,
    niche_label VARCHAR(255) NOT NULL,
    mood_keywords TEXT NOT NULL,
    target_duration_minutes INTEGER NOT NULL CHECK (target_duration_minutes BETWEEN 60 AND 90),
    prompts_json JSONB,
    local_video_path TEXT,
    output_directory TEXT NOT NULL,
    error_message TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- Indexes
CREATE INDEX idx_video_jobs_channel_id ON video_jobs(channel_id);
CREATE INDEX idx_video_jobs_status ON video_jobs(status);
CREATE INDEX idx_video_jobs_created_at ON video_jobs(created_at DESC);

-- GIN index for JSONB queries
CREATE INDEX idx_video_jobs_prompts ON video_jobs USING GIN (prompts_json);

CREATE TYPE music_provider AS ENUM (
    'dummy',
    'mubert',
    'beatoven'
);

CREATE TABLE audio_tracks (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    video_job_id UUID NOT NULL REFERENCES video_jobs(id) ON DELETE CASCADE,
    provider music_provider NOT NULL,
    provider_track_id VARCHAR(255),
    order_index INTEGER NOT NULL CHECK (order_index BETWEEN 1 AND 20),
    duration_seconds NUMERIC(6, 2) NOT NULL CHECK (duration_seconds > 0),
    local_file_path TEXT NOT NULL,
    license_document_url TEXT,
    prompt_text TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,

    -- Ensure unique order per job
    UNIQUE (video_job_id, order_index)
);

-- Indexes
CREATE INDEX idx_audio_tracks_video_job_id ON audio_tracks(video_job_id);
CREATE INDEX idx_audio_tracks_order ON audio_tracks(video_job_id, order_index);

CREATE TYPE visual_provider AS ENUM (
    'dummy',
    'leonardo',
    'gemini'
);

CREATE TABLE images (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    video_job_id UUID REFERENCES video_jobs(id) ON DELETE CASCADE,
    provider visual_provider NOT NULL,
    provider_image_id VARCHAR(255),
    order_index INTEGER CHECK (order_index BETWEEN 1 AND 20),
    local_file_path TEXT NOT NULL,
    prompt_text TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,

    -- Ensure unique order per job (if linked to a job)
    UNIQUE (video_job_id, order_index)
);

-- Indexes
CREATE INDEX idx_images_video_job_id ON images(video_job_id);
CREATE INDEX idx_images_order ON images(video_job_id, order_index);

CREATE TYPE render_status AS ENUM (
    'pending',
    'in_progress',
    'completed',
    'failed'
);

CREATE TABLE render_tasks (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    video_job_id UUID NOT NULL REFERENCES video_jobs(id) ON DELETE CASCADE,
    ffmpeg_command TEXT NOT NULL,
    local_video_path TEXT,
    resolution VARCHAR(20) DEFAULT '1920x1080' NOT NULL,
    duration_seconds NUMERIC(10, 2),
    status render_status DEFAULT 'pending' NOT NULL,
    error_message TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE
);

-- Indexes
CREATE INDEX idx_render_tasks_video_job_id ON render_tasks(video_job_id);
CREATE INDEX idx_render_tasks_status ON render_tasks(status);
CREATE INDEX idx_render_tasks_created_at ON render_tasks(created_at DESC);
