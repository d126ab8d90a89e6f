-- A track already recorded for this order_index (another attempt got there first) is kept as it is.
INSERT INTO audio_tracks (video_job_id, provider, provider_track_id, order_index, duration_seconds,
                          local_file_path, license_document_url, prompt_text, loudness_lufs, true_peak_dbtp)
VALUES (:#${exchangeProperty.job.id()}, CAST(:#${body.provider()} AS music_provider), :#${body.providerTrackId()},
        :#${body.orderIndex()}, :#${body.durationSeconds()}, :#${body.localFilePath()},
        :#${body.licenseDocumentUrl()}, :#${body.promptText()}, :#${body.loudnessLufs()}, :#${body.truePeakDbtp()})
ON CONFLICT (video_job_id, order_index) DO NOTHING
