-- The video is in the channel's playlist: its playlistItems id is kept, so no later attempt adds it again.
UPDATE video_jobs
   SET youtube_playlist_item_id = :#playlistItemId,
       upload_message = NULL
 WHERE id = :#${exchangeProperty.job.id()}
   AND claim_token = :#${exchangeProperty.job.claimToken()}
