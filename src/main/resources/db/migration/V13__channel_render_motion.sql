-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- A channel's own motion of its pictures (studio.render.motion: none, zoom, particles, flicker); NULL keeps the
-- studio's setting.
ALTER TABLE channels
ADD COLUMN render_motion TEXT CHECK (render_motion IN ('none', 'zoom', 'particles', 'flicker'));
