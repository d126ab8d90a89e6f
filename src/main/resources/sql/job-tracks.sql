SELECT order_index, provider, provider_track_id, duration_seconds, local_file_path, license_document_url, prompt_text,
       loudness_lufs, true_peak_dbtp
  FROM audio_tracks
 WHERE video_job_id = :#${exchangeProperty.job.id()}
 ORDER BY order_index
