UPDATE channels
   SET youtube_paused_reason = :#${header.trouble.message()}
 WHERE id = :#${exchangeProperty.job.channelId()}
