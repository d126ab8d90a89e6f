SELECT order_index, provider, provider_image_id, local_file_path, prompt_text
  FROM images
 WHERE video_job_id = :#${exchangeProperty.job.id()}
 ORDER BY order_index
