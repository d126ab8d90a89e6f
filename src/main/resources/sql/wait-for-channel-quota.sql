UPDATE channels
   SET youtube_waits_until = :#${header.trouble.notBefore()}
 WHERE id = :#${exchangeProperty.job.channelId()}
