-- The seed's sample query 1: active channels with their job counts.
SELECT
    c.id,
    c.name,
    c.brand_niche,
    COUNT(vj.id) as total_jobs,
    COUNT(CASE WHEN vj.status = 'completed' THEN 1 END) as completed_jobs
FROM channels c
LEFT JOIN video_jobs vj ON c.id = vj.channel_id
WHERE c.is_active = TRUE
GROUP BY c.id, c.name, c.brand_niche
ORDER BY c.created_at DESC
