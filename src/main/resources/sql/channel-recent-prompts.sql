-- The music and visual prompts of the channel's last 10 other videos, so that a new plan repeats none of them.
SELECT lower(prompt.value ->> 'prompt') AS prompt
  FROM (SELECT prompts_json FROM video_jobs
         WHERE channel_id = :#${exchangeProperty.job.channelId()}
           AND id <> :#${exchangeProperty.job.id()}
           AND prompts_json IS NOT NULL
         ORDER BY created_at DESC
         LIMIT 10) recent,
       jsonb_array_elements((recent.prompts_json -> 'music_prompts') || (recent.prompts_json -> 'visual_prompts')) AS prompt
