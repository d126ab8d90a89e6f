SELECT local_video_path FROM video_jobs WHERE id = :#${exchangeProperty.job.id()}
