DELETE FROM channel_schedules WHERE channel_id = :#channelId
