-- Recorded only while this claim holds the job. A track already recorded for this order_index is kept as it is.
INSERT INTO audio_tracks (video_job_id, provider, provider_track_id, order_index, duration_seconds,
                          local_file_path, license_document_url, prompt_text, loudness_lufs, true_peak_dbtp)
SELECT id, CAST(:#${body.provider()} AS music_provider), :#${body.providerTrackId()},
       :#${body.orderIndex()}, :#${body.durationSeconds()}, :#${body.localFilePath()},
       :#${body.licenseDocumentUrl()}, :#${body.promptText()}, :#${body.loudnessLufs()}, :#${body.truePeakDbtp()}
  FROM video_jobs
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
ON CONFLICT (video_job_id, order_index) DO NOTHING
