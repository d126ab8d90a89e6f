-- Pauses (nothing planned or uploaded for it) or resumes a channel.
UPDATE channels SET is_active = :#active
 WHERE id = :#channelId
RETURNING id, is_active
