-- The project's quota is spent: no instance makes an upload call for any channel until the reset.
INSERT INTO youtube_quota_waits (project, waits_until, reason)
VALUES (TRUE, :#${header.trouble.notBefore()}, :#${header.trouble.message()})
ON CONFLICT (project) DO UPDATE SET waits_until = EXCLUDED.waits_until, reason = EXCLUDED.reason
