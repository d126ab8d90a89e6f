-- Additions to the seed schema; nothing here removes or loosens what V1 created.

-- A channel's own visualizer, the music seen moving along the bottom of its pictures (studio.render.visualizer:
-- none, bars, wave); NULL keeps the studio's setting.
ALTER TABLE channels
ADD COLUMN render_visualizer TEXT CHECK (render_visualizer IN ('none', 'bars', 'wave'));
