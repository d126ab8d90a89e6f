SELECT order_index, provider, provider_track_id, duration_seconds, local_file_path, license_document_url, prompt_text
  FROM audio_tracks
 WHERE video_job_id = :#${exchangeProperty.job.id()}
 ORDER BY order_index
