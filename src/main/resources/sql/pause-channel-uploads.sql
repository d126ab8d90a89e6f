-- Google refused the channel's token: its uploads pause until it is connected again. Only while the stored token is still
-- the one that failed: an operator who reconnected meanwhile has mended it, and that channel goes on.
UPDATE channels
   SET youtube_paused_reason = :#${header.trouble.message()}
 WHERE id = :#${exchangeProperty.job.channelId()}
   AND youtube_refresh_token = :#${header.channel[youtube_refresh_token]}
