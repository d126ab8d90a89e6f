package com.channelstudio.images.painter;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.SplittableRandom;

/**
 * One painting in progress: the pixels, a Java2D brush over them, the scene's random source and its light
 * (sky colours, sun colour, how dark the scene is). Layers are painted back to front.
 */
final class Canvas {

    final int width;
    final int height;
    final BufferedImage image;
    final int[] pixels;
    final Graphics2D g;
    final SplittableRandom random;
    final SceneWords words;
    final Color zenith;
    final Color middle;
    final Color horizon;
    final Color light;
    final Color shadow;
    final double darkness;

    Canvas(int width, int height, SceneWords words, SplittableRandom random) {
        this.width = width;
        this.height = height;
        this.words = words;
        this.random = random;
        this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
        Color[] sky = skyOf(words.time);
        double tintShare = words.tint == null ? 0 : 0.35;
        Color tint = words.tint == null ? Color.WHITE : words.tint;
        // A little per-image drift in hue keeps two scenes at the same hour from looking cloned.
        Color drift = Color.getHSBColor(random.nextFloat(), 0.5f, 0.9f);
        this.zenith = mix(mix(sky[0], tint, tintShare * 0.6), drift, 0.08);
        this.middle = mix(mix(sky[1], tint, tintShare), drift, 0.08);
        this.horizon = mix(mix(sky[2], tint, tintShare), drift, 0.06);
        this.light = mix(sky[3], tint, tintShare * 0.5);
        this.darkness = switch (words.time) {
            case NIGHT -> 0.85;
            case DUSK -> 0.65;
            case SUNSET, DAWN -> 0.45;
            case GOLDEN -> 0.3;
            default -> 0.15;
        };
        this.shadow = mix(mix(zenith, new Color(8, 8, 16), 0.6 + 0.3 * darkness), tint, tintShare * 0.15);
    }

    private static Color[] skyOf(SceneWords.TimeOfDay time) {
        return switch (time) {
            case DAWN -> new Color[] {new Color(44, 62, 118), new Color(176, 122, 152), new Color(252, 186, 140), new Color(255, 214, 165)};
            case MORNING -> new Color[] {new Color(92, 148, 210), new Color(170, 200, 225), new Color(228, 232, 230), new Color(255, 246, 222)};
            case DAY -> new Color[] {new Color(52, 120, 208), new Color(120, 175, 230), new Color(200, 225, 242), new Color(255, 255, 245)};
            case GOLDEN -> new Color[] {new Color(84, 112, 170), new Color(214, 160, 120), new Color(255, 196, 112), new Color(255, 206, 128)};
            case SUNSET -> new Color[] {new Color(58, 46, 112), new Color(206, 92, 96), new Color(255, 156, 72), new Color(255, 150, 70)};
            case DUSK -> new Color[] {new Color(18, 24, 62), new Color(78, 62, 122), new Color(214, 122, 118), new Color(255, 190, 150)};
            case NIGHT -> new Color[] {new Color(4, 7, 22), new Color(14, 22, 52), new Color(34, 46, 88), new Color(225, 232, 255)};
        };
    }

    /** The sky: a three-stop vertical gradient to the given horizon line, lightly dithered against banding. */
    void sky(int horizonY) {
        int rows = Math.max(1, horizonY);
        for (int y = 0; y < height; y++) {
            double t = Math.min(1, (double) y / rows);
            Color c = t < 0.55 ? mix(zenith, middle, t / 0.55) : mix(middle, horizon, (t - 0.55) / 0.45);
            int r = c.getRed(), gr = c.getGreen(), b = c.getBlue();
            int base = y * width;
            for (int x = 0; x < width; x++) {
                int n = ((x * 73856093) ^ (y * 19349663)) >>> 29;
                int d = (n & 3) - 1;
                pixels[base + x] = (clamp(r + d) << 16) | (clamp(gr + d) << 8) | clamp(b + d);
            }
        }
    }

    /**
     * Frames the shot: a random zoom into part of the scene, so two paintings of the same place at different hours
     * are composed differently, as two photographs would be.
     */
    void camera(double maxZoom) {
        double zoom = range(1, maxZoom);
        g.translate(-range(0, width * (zoom - 1)), -range(0, height * (zoom - 1)));
        g.scale(zoom, zoom);
    }

    void resetCamera() {
        g.setTransform(new java.awt.geom.AffineTransform());
    }

    void glow(double x, double y, double radius, Color color, double alpha) {
        if (radius < 1) {
            return;
        }
        Color inner = withAlpha(color, alpha);
        Color outer = withAlpha(color, 0);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x, y), (float) radius, new float[] {0f, 0.35f, 1f},
                new Color[] {inner, withAlpha(color, alpha * 0.35), outer}, MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fill(new java.awt.geom.Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 2));
    }

    /** Tiny points of light: stars, snow, dust, fireflies, bokeh. */
    void particles(int count, double x0, double y0, double x1, double y1, Color color, double minSize, double maxSize,
            double minAlpha, double maxAlpha) {
        for (int i = 0; i < count; i++) {
            double x = x0 + random.nextDouble() * (x1 - x0);
            double y = y0 + random.nextDouble() * (y1 - y0);
            double size = minSize + Math.pow(random.nextDouble(), 3) * (maxSize - minSize);
            g.setColor(withAlpha(color, minAlpha + random.nextDouble() * (maxAlpha - minAlpha)));
            g.fill(new java.awt.geom.Ellipse2D.Double(x - size / 2, y - size / 2, size, size));
        }
    }

    /** Darkens the corners so the eye rests in the middle, where the title usually is not. */
    void vignette(double strength) {
        double cx = width / 2.0, cy = height / 2.0;
        double max = cx * cx + cy * cy;
        int[] rowFactor = new int[width];
        for (int y = 0; y < height; y++) {
            double dy = (y - cy) * (y - cy);
            for (int x = 0; x < width; x++) {
                double d = ((x - cx) * (x - cx) + dy) / max;
                rowFactor[x] = (int) (256 * (1 - strength * d * d));
            }
            int base = y * width;
            for (int x = 0; x < width; x++) {
                int p = pixels[base + x];
                int f = rowFactor[x];
                int r = ((p >> 16) & 255) * f >> 8;
                int gr = ((p >> 8) & 255) * f >> 8;
                int b = (p & 255) * f >> 8;
                pixels[base + x] = (r << 16) | (gr << 8) | b;
            }
        }
    }

    /** Fine film grain: a finished look, and texture that keeps flat areas from banding on video encoders. */
    void grain(int amount) {
        long state = random.nextLong() | 1;
        for (int i = 0; i < pixels.length; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            int n = (int) ((state >>> 59) % (2 * amount + 1)) - amount;
            int p = pixels[i];
            pixels[i] = (clamp(((p >> 16) & 255) + n) << 16) | (clamp(((p >> 8) & 255) + n) << 8) | clamp((p & 255) + n);
        }
    }

    void alpha(double alpha) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) alpha));
    }

    void opaque() {
        g.setComposite(AlphaComposite.SrcOver);
    }

    /** Silhouette colour for something at the given depth (0 = at the horizon, 1 = right in front of us). */
    Color depthColor(double depth) {
        Color haze = mix(horizon, middle, 0.3);
        return mix(haze, shadow, 0.35 + 0.65 * depth);
    }

    double range(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    static Color mix(Color a, Color b, double t) {
        t = Math.max(0, Math.min(1, t));
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * Math.max(0, Math.min(1, alpha))));
    }

    static Color brighter(Color c, double amount) {
        return mix(c, Color.WHITE, amount);
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : v > 255 ? 255 : v;
    }
}
