-- An image already recorded for this order_index (another attempt got there first) is kept as it is.
INSERT INTO images (video_job_id, provider, provider_image_id, order_index, local_file_path, prompt_text)
VALUES (:#${exchangeProperty.job.id()}, CAST(:#${body.provider()} AS visual_provider), :#${body.providerImageId()},
        :#${body.orderIndex()}, :#${body.localFilePath()}, :#${body.promptText()})
ON CONFLICT (video_job_id, order_index) DO NOTHING
