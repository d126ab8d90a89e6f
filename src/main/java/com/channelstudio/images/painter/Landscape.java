package com.channelstudio.images.painter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Outdoor scenes: sky and its lights, fractal ridges fading into haze, water that mirrors the sky, and the
 * silhouettes the prompt names (castle, village, lighthouse, temple, city, forest) on top.
 */
final class Landscape {

    private final Canvas c;
    private final SceneWords w;
    private final int width;
    private final int height;

    Landscape(Canvas canvas) {
        this.c = canvas;
        this.w = canvas.words;
        this.width = canvas.width;
        this.height = canvas.height;
    }

    void paint() {
        boolean water = w.lake || w.ocean;
        int horizon = (int) (height * (water ? c.range(0.52, 0.62) : w.space && !w.mountains ? c.range(0.7, 0.8) : c.range(0.56, 0.68)));
        c.sky(horizon);
        c.camera(1.25);
        skyLights(horizon);
        clouds(horizon);
        if (w.grid) {
            retroSun(horizon);
        }

        double layers = w.mountains ? 3 : 2;
        for (int layer = 0; layer < layers; layer++) {
            double depth = layer / layers;
            boolean sharp = w.mountains && layer < 2;
            double amplitude = height * (sharp ? c.range(0.16, 0.3) * (1 - 0.3 * layer) : c.range(0.04, 0.09));
            double base = horizon - (sharp ? amplitude * 0.2 : 0) + layer * height * 0.015;
            c.g.setColor(c.depthColor(depth * 0.7));
            Path2D shape = ridge(base, amplitude, sharp, water ? horizon : height);
            c.g.fill(shape);
            if ((w.snow || w.has("peaks", "alps", "fuji")) && sharp) {
                snowCaps(shape, base, amplitude);
            }
            if (w.misty || w.rain || layer == 0) {
                fogBand(horizon - (layer == 0 ? amplitude : 0), height * 0.12, w.misty ? 0.35 : 0.15);
            }
        }
        if (w.city) {
            skyline(horizon);
        }
        if (w.castle) {
            castle(c.range(0.2, 0.8) * width, horizon - height * c.range(0.02, 0.08), height * c.range(0.16, 0.26));
        }
        if (w.temple) {
            temple(c.range(0.2, 0.8) * width, horizon + height * 0.005, height * c.range(0.14, 0.22));
        }
        if (w.lighthouse) {
            lighthouse(c.range(0.6, 0.85) * width, horizon + height * 0.01, height * 0.25);
        }
        if (water) {
            water(horizon);
        }
        if (w.garden) {
            formalGarden(horizon);
            weather();
            c.resetCamera();
            c.vignette(0.55);
            c.grain(2);
            return;
        }
        if (w.grid) {
            grid(horizon);
        }
        foreground(water ? height * c.range(0.82, 0.9) : horizon + height * c.range(0.12, 0.2));
        weather();
        c.resetCamera();
        c.vignette(0.55);
        c.grain(2);
    }

    private void skyLights(int horizon) {
        if (w.dark()) {
            int stars = w.time == SceneWords.TimeOfDay.NIGHT ? 900 : 250;
            c.particles(stars, 0, 0, width, horizon * 0.95, new Color(255, 250, 235), 1, 3.2, 0.25, 0.95);
            if (w.space || w.time == SceneWords.TimeOfDay.NIGHT && c.random.nextBoolean()) {
                milkyWay(horizon);
            }
        }
        if (w.space && (w.has("nebula", "galaxy", "cosmic") || c.random.nextInt(3) == 0)) {
            for (int i = 0; i < 7; i++) {
                Color tone = i % 2 == 0 ? new Color(200, 70, 190) : new Color(60, 170, 210);
                if (w.tint != null && i % 3 == 0) {
                    tone = w.tint;
                }
                c.glow(c.range(0.15, 0.85) * width, c.range(0.1, 0.5) * horizon, c.range(0.15, 0.35) * width, tone, c.range(0.18, 0.32));
            }
        }
        if (w.aurora) {
            aurora(horizon);
        }
        double sx = c.range(0.2, 0.8) * width;
        boolean low = w.time == SceneWords.TimeOfDay.SUNSET || w.time == SceneWords.TimeOfDay.DAWN || w.time == SceneWords.TimeOfDay.GOLDEN;
        double sy = low ? horizon - height * c.range(0.03, 0.12) : height * c.range(0.12, 0.3);
        if (w.time == SceneWords.TimeOfDay.NIGHT || w.time == SceneWords.TimeOfDay.DUSK) {
            double r = height * c.range(0.035, 0.06);
            c.glow(sx, sy, r * 7, new Color(170, 190, 255), 0.22);
            c.g.setColor(new Color(236, 236, 225));
            c.g.fill(new Ellipse2D.Double(sx - r, sy - r, 2 * r, 2 * r));
            if (w.has("crescent")) {
                c.g.setColor(c.zenith);
                c.g.fill(new Ellipse2D.Double(sx - r * 0.6, sy - r * 1.1, 2 * r, 2 * r));
            }
        } else if (!w.rain) {
            c.glow(sx, sy, height * 0.6, c.light, 0.45);
            c.glow(sx, sy, height * 0.12, Canvas.brighter(c.light, 0.5), 0.8);
        }
        if (w.planet) {
            double r = height * c.range(0.1, 0.22);
            double px = c.range(0.15, 0.85) * width;
            double py = c.range(0.2, 0.45) * horizon;
            Color body = Canvas.mix(w.tint == null ? new Color(200, 150, 120) : w.tint, c.light, 0.3);
            c.g.setPaint(new GradientPaint((float) (px - r), (float) (py - r), body, (float) (px + r), (float) (py + r), c.shadow));
            c.g.fill(new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r));
            c.g.setColor(Canvas.withAlpha(Canvas.brighter(body, 0.4), 0.7));
            c.g.setStroke(new BasicStroke((float) (r * 0.06)));
            c.g.draw(new Ellipse2D.Double(px - r * 1.9, py - r * 0.35, r * 3.8, r * 0.7));
        }
    }

    private void milkyWay(int horizon) {
        double x0 = c.range(0, 0.4) * width;
        double x1 = c.range(0.6, 1) * width;
        for (int i = 0; i < 14; i++) {
            double t = i / 13.0;
            double x = x0 + (x1 - x0) * t;
            double y = horizon * (0.9 - 0.7 * Math.sin(Math.PI * t));
            c.glow(x, y, height * 0.12, new Color(200, 190, 230), 0.08);
        }
        for (int i = 0; i < 700; i++) {
            double t = c.random.nextDouble();
            double x = x0 + (x1 - x0) * t + c.range(-60, 60);
            double y = horizon * (0.9 - 0.7 * Math.sin(Math.PI * t)) + c.range(-70, 70);
            c.g.setColor(Canvas.withAlpha(Color.WHITE, c.range(0.2, 0.7)));
            c.g.fill(new Rectangle2D.Double(x, y, 1.4, 1.4));
        }
    }

    private void aurora(int horizon) {
        for (int band = 0; band < 3; band++) {
            Color tone = band == 1 ? new Color(120, 90, 220) : new Color(70, 230, 150);
            double phase = c.range(0, 6);
            for (int x = 0; x < width; x += 6) {
                double top = horizon * (0.15 + 0.12 * band + 0.08 * Math.sin(x * 0.004 + phase));
                double length = horizon * c.range(0.2, 0.35);
                c.g.setPaint(new GradientPaint(x, (float) top, Canvas.withAlpha(tone, 0), x, (float) (top + length),
                        Canvas.withAlpha(tone, 0.16)));
                c.g.fill(new Rectangle2D.Double(x, top, 6, length));
            }
        }
    }

    private void clouds(int horizon) {
        int count = w.rain ? 16 : w.misty ? 9 : w.space ? c.random.nextInt(3) : c.random.nextInt(7);
        Color lit = Canvas.mix(c.horizon, c.light, 0.4);
        Color dim = Canvas.mix(c.middle, c.shadow, w.rain ? 0.5 : 0.2);
        for (int i = 0; i < count; i++) {
            double cx = c.range(-0.1, 1.1) * width;
            double cy = c.range(0.08, 0.75) * horizon;
            double size = c.range(0.08, 0.22) * width;
            for (int k = 0; k < 7; k++) {
                double ox = c.range(-1, 1) * size;
                double oy = c.range(-0.2, 0.2) * size;
                double rx = size * c.range(0.4, 0.8);
                double ry = rx * c.range(0.25, 0.45);
                c.g.setPaint(new GradientPaint(0, (float) (cy + oy - ry), Canvas.withAlpha(lit, 0.35), 0, (float) (cy + oy + ry),
                        Canvas.withAlpha(dim, 0.45)));
                c.g.fill(new Ellipse2D.Double(cx + ox - rx, cy + oy - ry, rx * 2, ry * 2));
            }
        }
    }

    /** A ridge line from fractal value noise; sharp ridges fold the noise for peaks. */
    private Path2D ridge(double base, double amplitude, boolean sharp, double bottom) {
        int points = 160;
        double[][] octaves = new double[5][];
        for (int o = 0; o < octaves.length; o++) {
            octaves[o] = new double[(4 << o) + 2];
            for (int i = 0; i < octaves[o].length; i++) {
                octaves[o][i] = c.random.nextDouble();
            }
        }
        Path2D path = new Path2D.Double();
        path.moveTo(-10, bottom + 10);
        for (int p = 0; p <= points; p++) {
            double u = (double) p / points;
            double v = 0;
            double weight = 1;
            double total = 0;
            for (double[] octave : octaves) {
                double pos = u * (octave.length - 2);
                int i = (int) pos;
                double f = pos - i;
                double s = f * f * (3 - 2 * f);
                double n = octave[i] + (octave[i + 1] - octave[i]) * s;
                if (sharp) {
                    n = 1 - Math.abs(2 * n - 1);
                }
                v += n * weight;
                total += weight;
                weight *= sharp ? 0.5 : 0.4;
            }
            v /= total;
            path.lineTo(u * (width + 20) - 10, base - amplitude * (sharp ? Math.pow(v, 1.6) * 1.8 : v));
        }
        path.lineTo(width + 10, bottom + 10);
        path.closePath();
        return path;
    }

    private void snowCaps(Path2D shape, double base, double amplitude) {
        java.awt.Shape old = c.g.getClip();
        c.g.clip(shape);
        c.alpha(0.55);
        c.g.setPaint(new GradientPaint(0, (float) (base - amplitude * 1.4), new Color(245, 248, 255), 0,
                (float) (base - amplitude * 0.5), Canvas.withAlpha(new Color(245, 248, 255), 0)));
        c.g.fill(new Rectangle2D.Double(0, base - amplitude * 1.8, width, amplitude * 1.3));
        c.opaque();
        c.g.setClip(old);
    }

    private void fogBand(double y, double thickness, double alpha) {
        Color haze = Canvas.mix(c.horizon, Color.WHITE, 0.15);
        c.g.setPaint(new GradientPaint(0, (float) (y - thickness), Canvas.withAlpha(haze, 0), 0, (float) y, Canvas.withAlpha(haze, alpha)));
        c.g.fill(new Rectangle2D.Double(0, y - thickness, width, thickness));
        c.g.setPaint(new GradientPaint(0, (float) y, Canvas.withAlpha(haze, alpha), 0, (float) (y + thickness), Canvas.withAlpha(haze, 0)));
        c.g.fill(new Rectangle2D.Double(0, y, width, thickness));
    }

    private void skyline(int horizon) {
        Color body = c.depthColor(0.6);
        double x = -20;
        while (x < width) {
            double w0 = c.range(30, 110);
            double h = height * c.range(0.05, 0.3) * (0.6 + 0.4 * Math.sin(x / width * Math.PI));
            c.g.setColor(body);
            c.g.fill(new Rectangle2D.Double(x, horizon - h, w0, h + 4));
            Color window = w.neon ? (c.random.nextBoolean() ? new Color(255, 80, 200) : new Color(80, 220, 255)) : new Color(255, 214, 140);
            for (double wy = horizon - h + 8; wy < horizon - 6; wy += 12) {
                for (double wx = x + 5; wx < x + w0 - 8; wx += 10) {
                    if (c.random.nextDouble() < (w.dark() ? 0.35 : 0.1)) {
                        c.g.setColor(Canvas.withAlpha(window, c.range(0.5, 0.95)));
                        c.g.fill(new Rectangle2D.Double(wx, wy, 4, 6));
                    }
                }
            }
            x += w0 + c.range(0, 12);
        }
        if (w.dark()) {
            c.particles(60, 0, horizon - height * 0.05, width, horizon + height * 0.02, w.neon ? new Color(255, 90, 210) : new Color(255, 200, 120),
                    6, 40, 0.08, 0.3);
        }
    }

    private void castle(double cx, double ground, double size) {
        Color body = c.depthColor(0.75);
        c.g.setColor(body);
        c.g.fill(new Rectangle2D.Double(cx - size * 0.6, ground - size * 0.35, size * 1.2, size * 0.45));
        double[] towers = {-0.6, -0.25, 0.2, 0.55};
        for (double t : towers) {
            double tw = size * 0.14;
            double th = size * c.range(0.55, 0.95);
            double tx = cx + t * size;
            c.g.fill(new Rectangle2D.Double(tx, ground - th, tw, th));
            Path2D roof = new Path2D.Double();
            roof.moveTo(tx - tw * 0.2, ground - th);
            roof.lineTo(tx + tw / 2, ground - th - size * 0.22);
            roof.lineTo(tx + tw * 1.2, ground - th);
            roof.closePath();
            c.g.fill(roof);
            if (w.dark() || w.time == SceneWords.TimeOfDay.SUNSET) {
                c.glow(tx + tw / 2, ground - th * 0.6, size * 0.06, new Color(255, 190, 100), 0.9);
                c.g.setColor(body);
            }
        }
        for (double x = cx - size * 0.6; x < cx + size * 0.6; x += size * 0.06) {
            c.g.fill(new Rectangle2D.Double(x, ground - size * 0.4, size * 0.03, size * 0.05));
        }
    }

    private void temple(double cx, double ground, double size) {
        Color body = c.depthColor(0.8);
        c.g.setColor(body);
        for (int tier = 0; tier < 4; tier++) {
            double wTier = size * (1.0 - tier * 0.18);
            double y = ground - size * 0.25 * tier;
            c.g.fill(new Rectangle2D.Double(cx - wTier * 0.3, y - size * 0.2, wTier * 0.6, size * 0.2));
            Path2D roof = new Path2D.Double();
            roof.moveTo(cx - wTier * 0.6, y - size * 0.17);
            roof.quadTo(cx, y - size * 0.32, cx + wTier * 0.6, y - size * 0.17);
            roof.lineTo(cx + wTier * 0.4, y - size * 0.25);
            roof.lineTo(cx - wTier * 0.4, y - size * 0.25);
            roof.closePath();
            c.g.fill(roof);
        }
        if (w.lanterns || w.dark()) {
            for (int i = 0; i < 6; i++) {
                c.glow(cx + c.range(-0.8, 0.8) * size, ground - c.range(0.05, 0.3) * size, size * 0.08, new Color(255, 150, 70), 0.8);
            }
        }
    }

    private void lighthouse(double cx, double ground, double size) {
        Color body = c.depthColor(0.85);
        Path2D tower = new Path2D.Double();
        tower.moveTo(cx - size * 0.08, ground);
        tower.lineTo(cx - size * 0.05, ground - size);
        tower.lineTo(cx + size * 0.05, ground - size);
        tower.lineTo(cx + size * 0.08, ground);
        tower.closePath();
        c.g.setColor(body);
        c.g.fill(tower);
        c.g.fill(new Rectangle2D.Double(cx - size * 0.07, ground - size * 1.12, size * 0.14, size * 0.12));
        c.glow(cx, ground - size * 1.06, size * 0.6, new Color(255, 240, 190), 0.5);
        Path2D beam = new Path2D.Double();
        beam.moveTo(cx, ground - size * 1.06);
        beam.lineTo(cx - width * 0.5, ground - size * 1.3);
        beam.lineTo(cx - width * 0.5, ground - size * 0.9);
        beam.closePath();
        c.g.setPaint(new GradientPaint((float) cx, 0, new Color(255, 245, 200, 90), (float) (cx - width * 0.5), 0, new Color(255, 245, 200, 0)));
        c.g.fill(beam);
    }

    private void water(int horizon) {
        // The water mirrors the sky, darker and bluer, with shimmer lines that thin towards the horizon.
        for (int y = horizon; y < height; y++) {
            double t = (double) (y - horizon) / (height - horizon);
            Color mirrored = Canvas.mix(Canvas.mix(c.horizon, c.zenith, Math.pow(t, 0.6)), c.shadow, 0.35 + 0.3 * t);
            c.g.setColor(mirrored);
            c.g.fillRect(0, y, width, 1);
        }
        double sx = c.range(0.3, 0.7) * width;
        Color shine = w.dark() ? new Color(210, 220, 255) : c.light;
        for (int i = 0; i < 420; i++) {
            double t = Math.pow(c.random.nextDouble(), 1.6);
            double y = horizon + t * (height - horizon);
            double spread = 40 + 500 * t;
            double x = sx + c.range(-1, 1) * spread * (c.random.nextInt(4) == 0 ? 3 : 1);
            double len = 10 + 90 * t * c.random.nextDouble();
            c.g.setColor(Canvas.withAlpha(shine, c.range(0.08, 0.45) * (1 - 0.5 * t)));
            c.g.fill(new Rectangle2D.Double(x - len / 2, y, len, 1 + 2 * t));
        }
        if (w.ocean) {
            c.g.setStroke(new BasicStroke(2f));
            for (int i = 0; i < 26; i++) {
                double y = horizon + Math.pow((i + 1) / 27.0, 1.5) * (height - horizon);
                c.g.setColor(Canvas.withAlpha(Canvas.brighter(c.horizon, 0.3), 0.12 + 0.1 * c.random.nextDouble()));
                Path2D wave = new Path2D.Double();
                wave.moveTo(0, y);
                double phase = c.range(0, 6);
                for (int x = 0; x <= width; x += 24) {
                    wave.lineTo(x, y + Math.sin(x * 0.01 + phase) * (2 + 10 * (y - horizon) / height));
                }
                c.g.draw(wave);
            }
        }
    }

    /** A palace or manor facade behind a formal garden: gravel path, clipped hedges, a fountain. */
    private void formalGarden(int horizon) {
        Color stone = Canvas.mix(new Color(225, 215, 195), c.shadow, 0.25 + 0.6 * c.darkness);
        // The facade sits off-centre, left or right, so two gardens at different hours are not one picture recoloured.
        double fw = width * c.range(0.3, 0.55);
        double centre = width * (c.random.nextBoolean() ? c.range(0.22, 0.38) : c.range(0.62, 0.78));
        double fx = centre - fw / 2;
        double fh = height * c.range(0.12, 0.24);
        c.g.setColor(stone);
        c.g.fill(new Rectangle2D.Double(fx, horizon - fh, fw, fh + 4));
        Path2D pediment = new Path2D.Double();
        pediment.moveTo(fx + fw * 0.38, horizon - fh);
        pediment.lineTo(fx + fw * 0.5, horizon - fh * 1.45);
        pediment.lineTo(fx + fw * 0.62, horizon - fh);
        pediment.closePath();
        c.g.fill(pediment);
        Color glass = w.dark() || w.time == SceneWords.TimeOfDay.SUNSET ? new Color(255, 200, 120) : Canvas.mix(c.zenith, Color.BLACK, 0.3);
        for (int row = 0; row < 3; row++) {
            for (double x = fx + 14; x < fx + fw - 20; x += 34) {
                c.g.setColor(glass);
                c.g.fill(new Rectangle2D.Double(x, horizon - fh + 12 + row * fh / 3.2, 12, fh / 5));
            }
        }
        Color ground = Canvas.mix(new Color(70, 120, 60), c.shadow, 0.35 + 0.45 * c.darkness);
        c.g.setColor(ground);
        c.g.fill(new Rectangle2D.Double(0, horizon, width, height - horizon));
        Path2D path = new Path2D.Double();
        double cx = fx + fw / 2;
        path.moveTo(cx - 30, horizon);
        path.lineTo(cx + 30, horizon);
        path.lineTo(cx + 420, height);
        path.lineTo(cx - 420, height);
        path.closePath();
        c.g.setColor(Canvas.mix(new Color(210, 195, 165), c.shadow, 0.3 + 0.5 * c.darkness));
        c.g.fill(path);
        Color hedge = Canvas.mix(new Color(40, 90, 40), c.shadow, 0.3 + 0.5 * c.darkness);
        int rows = 3 + c.random.nextInt(4);
        for (int row = 0; row < rows; row++) {
            double t = (row + 1) / (rows + 1.0);
            double y = horizon + (height - horizon) * t * t;
            double h = 10 + 70 * t * t;
            for (int side = -1; side <= 1; side += 2) {
                double inner = cx + side * (40 + 380 * t * t);
                double outer = side < 0 ? 0 : width;
                c.g.setColor(Canvas.mix(hedge, Color.BLACK, 0.2 * (1 - t)));
                c.g.fill(new RoundRectangle(Math.min(inner, outer), y - h, Math.abs(outer - inner) * 0.8, h));
            }
        }
        for (int i = 0; i < 6; i++) {
            double t = c.range(0.2, 0.9);
            double side = c.random.nextBoolean() ? 1 : -1;
            double tx = cx + side * (80 + 480 * t * t);
            double ty = horizon + (height - horizon) * t * t;
            double th = 30 + 220 * t * t;
            Path2D cone = new Path2D.Double();
            cone.moveTo(tx, ty - th);
            cone.lineTo(tx + th * 0.25, ty);
            cone.lineTo(tx - th * 0.25, ty);
            cone.closePath();
            c.g.setColor(Canvas.mix(hedge, Color.BLACK, 0.3));
            c.g.fill(cone);
        }
        double fy = horizon + (height - horizon) * c.range(0.3, 0.6);
        double r = width * 0.08;
        c.g.setColor(Canvas.mix(stone, Color.BLACK, 0.15));
        c.g.fill(new Ellipse2D.Double(cx - r, fy - r * 0.2, 2 * r, r * 0.4));
        c.g.setColor(Canvas.mix(c.zenith, Color.WHITE, 0.2));
        c.g.fill(new Ellipse2D.Double(cx - r * 0.9, fy - r * 0.16, 1.8 * r, r * 0.3));
        c.particles(220, cx - r * 0.4, fy - r * 1.3, cx + r * 0.4, fy, new Color(230, 240, 255), 2, 5, 0.3, 0.8);
        c.glow(cx, fy - r * 0.6, r, new Color(220, 235, 255), 0.3);
    }

    private static final class RoundRectangle extends java.awt.geom.RoundRectangle2D.Double {
        RoundRectangle(double x, double y, double w, double h) {
            super(x, y, w, h, Math.min(40, h), Math.min(40, h));
        }
    }

    private void retroSun(int horizon) {
        double r = height * 0.22;
        double sx = width / 2.0;
        double sy = horizon - r * 0.55;
        c.glow(sx, sy, r * 2.4, new Color(255, 80, 160), 0.35);
        c.g.setPaint(new GradientPaint(0, (float) (sy - r), new Color(255, 220, 90), 0, (float) (sy + r), new Color(255, 60, 150)));
        c.g.fill(new Ellipse2D.Double(sx - r, sy - r, 2 * r, 2 * r));
        c.g.setColor(c.middle);
        for (int i = 0; i < 6; i++) {
            double y = sy + r * (0.1 + 0.16 * i);
            c.g.fill(new Rectangle2D.Double(sx - r, y, 2 * r, 3 + i * 2));
        }
    }

    private void grid(int horizon) {
        c.g.setColor(new Color(14, 8, 34));
        c.g.fill(new Rectangle2D.Double(0, horizon, width, height - horizon));
        c.g.setStroke(new BasicStroke(2f));
        c.g.setColor(new Color(255, 70, 220, 170));
        for (int i = -20; i <= 20; i++) {
            c.g.drawLine(width / 2 + i * 40, horizon, width / 2 + i * 260, height);
        }
        for (int i = 1; i < 16; i++) {
            int y = horizon + (int) ((height - horizon) * Math.pow(i / 16.0, 2.2));
            c.g.drawLine(0, y, width, y);
        }
    }

    private void foreground(double base) {
        Color ground = Canvas.mix(c.shadow, Color.BLACK, 0.35);
        if (w.snow) {
            ground = Canvas.mix(new Color(200, 210, 230), c.shadow, 0.5 + 0.4 * c.darkness);
        } else if (w.desert) {
            ground = Canvas.mix(new Color(190, 140, 90), c.shadow, 0.4 + 0.4 * c.darkness);
        } else if (w.hills && !w.dark()) {
            ground = Canvas.mix(new Color(70, 110, 60), c.shadow, 0.4 + 0.3 * c.darkness);
        }
        c.g.setColor(ground);
        c.g.fill(ridge(base, height * 0.08, false, height));
        if (w.houses) {
            houses(base);
        }
        if (w.forest || (!w.city && !w.desert && !w.grid && c.random.nextInt(3) > 0)) {
            trees(base, ground);
        }
        if (w.blossom) {
            c.particles(420, 0, base - height * 0.3, width, height, new Color(255, 185, 210), 3, 9, 0.4, 0.9);
        }
        if (w.dark() && (w.forest || w.hills)) {
            c.particles(70, 0, base - height * 0.2, width, height, new Color(255, 230, 120), 2, 5, 0.5, 1);
            for (int i = 0; i < 12; i++) {
                c.glow(c.range(0, width), c.range(base - height * 0.15, height), 14, new Color(255, 220, 120), 0.5);
            }
        }
        if (w.lanterns && !w.temple) {
            for (int i = 0; i < 9; i++) {
                double x = width * (0.05 + 0.9 * i / 8.0);
                double y = base - height * (0.08 + 0.04 * Math.sin(i * 0.9));
                c.glow(x, y, height * 0.05, new Color(255, 170, 80), 0.85);
            }
        }
    }

    private void houses(double base) {
        int count = 2 + c.random.nextInt(5);
        double start = c.range(0.05, 0.5) * width;
        for (int i = 0; i < count; i++) {
            double size = height * c.range(0.06, 0.11);
            double x = start + i * size * c.range(1.3, 2.2);
            double y = base + height * c.range(0.0, 0.05);
            Color body = Canvas.mix(c.shadow, Color.BLACK, 0.25);
            c.g.setColor(body);
            c.g.fill(new Rectangle2D.Double(x, y - size * 0.7, size, size * 0.7));
            Path2D roof = new Path2D.Double();
            roof.moveTo(x - size * 0.15, y - size * 0.7);
            roof.lineTo(x + size / 2, y - size * 1.2);
            roof.lineTo(x + size * 1.15, y - size * 0.7);
            roof.closePath();
            c.g.fill(roof);
            if (w.snow) {
                c.g.setColor(new Color(230, 235, 245));
                c.g.setStroke(new BasicStroke((float) (size * 0.06)));
                c.g.draw(new java.awt.geom.Line2D.Double(x - size * 0.15, y - size * 0.72, x + size / 2, y - size * 1.22));
                c.g.draw(new java.awt.geom.Line2D.Double(x + size / 2, y - size * 1.22, x + size * 1.15, y - size * 0.72));
            }
            Color lamp = new Color(255, 196, 110);
            c.g.setColor(lamp);
            c.g.fill(new Rectangle2D.Double(x + size * 0.2, y - size * 0.5, size * 0.22, size * 0.22));
            c.glow(x + size * 0.31, y - size * 0.39, size * 0.7, lamp, w.dark() ? 0.35 : 0.15);
        }
    }

    private void trees(double base, Color ground) {
        Color tree = Canvas.mix(ground, Color.BLACK, 0.2);
        boolean palms = w.has("palm");
        boolean bamboo = w.has("bamboo");
        int count = w.forest ? 70 : 14;
        for (int i = 0; i < count; i++) {
            double x = c.range(-0.02, 1.02) * width;
            if (!w.forest && x > width * 0.3 && x < width * 0.7) {
                continue;
            }
            double h = height * c.range(0.1, 0.32) * (w.forest ? 1 : 0.8);
            double y = base + height * c.range(0.0, 0.08);
            c.g.setColor(tree);
            if (bamboo) {
                c.g.fill(new Rectangle2D.Double(x, y - h * 1.8, 8, h * 1.8 + 20));
            } else if (palms) {
                c.g.setStroke(new BasicStroke(6f));
                c.g.draw(new java.awt.geom.QuadCurve2D.Double(x, y, x + 20, y - h * 0.6, x + 10, y - h));
                for (int k = 0; k < 6; k++) {
                    double a = Math.PI * (0.1 + 0.8 * k / 5.0);
                    c.g.draw(new java.awt.geom.QuadCurve2D.Double(x + 10, y - h, x + 10 + Math.cos(a) * h * 0.3, y - h - h * 0.15,
                            x + 10 + Math.cos(a) * h * 0.45, y - h + Math.sin(a) * h * 0.1));
                }
            } else {
                Path2D pine = new Path2D.Double();
                double half = h * 0.22;
                pine.moveTo(x, y - h);
                for (int k = 1; k <= 4; k++) {
                    double ty = y - h + h * 0.22 * k;
                    pine.lineTo(x + half * k / 4.0 + 6, ty);
                    pine.lineTo(x + half * k / 6.0, ty);
                }
                pine.lineTo(x + 3, y + 20);
                pine.lineTo(x - 3, y + 20);
                for (int k = 4; k >= 1; k--) {
                    double ty = y - h + h * 0.22 * k;
                    pine.lineTo(x - half * k / 6.0, ty);
                    pine.lineTo(x - half * k / 4.0 - 6, ty);
                }
                pine.closePath();
                c.g.fill(pine);
            }
        }
    }

    private void weather() {
        if (w.rain) {
            c.g.setStroke(new BasicStroke(1.2f));
            for (int i = 0; i < 900; i++) {
                double x = c.range(0, width);
                double y = c.range(0, height);
                double len = c.range(12, 40);
                c.g.setColor(Canvas.withAlpha(new Color(210, 220, 240), c.range(0.08, 0.3)));
                c.g.draw(new java.awt.geom.Line2D.Double(x, y, x - len * 0.15, y + len));
            }
        }
        if (w.snow) {
            c.particles(700, 0, 0, width, height, Color.WHITE, 2, 7, 0.4, 0.9);
        }
        if (!w.dark() && !w.rain) {
            c.particles(120, 0, height * 0.2, width, height * 0.8, Canvas.brighter(c.light, 0.5), 2, 5, 0.1, 0.35);
        }
    }
}
