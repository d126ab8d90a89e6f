-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- Each track's EBU R128 loudness, measured when it is accepted, so a render can set the program's gain before
-- it encodes (measure first, then apply) without decoding an hour of audio twice. Rows written before this
-- migration have none; the render measures those tracks itself.
ALTER TABLE audio_tracks
    ADD COLUMN loudness_lufs NUMERIC(5, 2),
    ADD COLUMN true_peak_dbtp NUMERIC(5, 2);
