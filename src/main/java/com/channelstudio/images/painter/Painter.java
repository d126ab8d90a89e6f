package com.channelstudio.images.painter;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/** The built-in image provider: paints a landscape scene for a visual prompt, deterministic for a given seed. */
@Component
public class Painter {

    public void paint(String prompt, long seed, int width, int height, Path pngFile) throws IOException {
        SplittableRandom random = new SplittableRandom(seed ^ prompt.hashCode());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float hue = random.nextFloat();
        Color top = Color.getHSBColor(hue, 0.55f, 0.35f + 0.3f * random.nextFloat());
        Color horizon = Color.getHSBColor((hue + 0.08f) % 1f, 0.45f, 0.85f);
        g.setPaint(new GradientPaint(0, 0, top, 0, height * 0.7f, horizon));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 250; i++) {
            int size = 1 + random.nextInt(3);
            g.setColor(new Color(255, 255, 230, 60 + random.nextInt(150)));
            g.fillOval(random.nextInt(width), random.nextInt(height / 2), size, size);
        }
        for (int layer = 0; layer < 4; layer++) {
            float depth = (layer + 1) / 4f;
            g.setColor(Color.getHSBColor((hue + 0.5f) % 1f, 0.4f, 0.55f * (1 - depth) + 0.05f));
            g.fillPolygon(ridge(random, width, height, height * (0.45f + 0.12f * layer), height * 0.18f * (1.2f - depth)));
        }
        g.dispose();
        ImageIO.write(image, "png", pngFile.toFile());
    }

    private static Polygon ridge(SplittableRandom random, int width, int height, float base, float amplitude) {
        Polygon polygon = new Polygon();
        polygon.addPoint(0, height);
        double phase = random.nextDouble() * 10;
        double frequency = 2 + random.nextDouble() * 4;
        for (int x = 0; x <= width; x += 8) {
            double u = (double) x / width;
            double y = base - amplitude * (0.6 * Math.sin(u * frequency + phase) + 0.4 * Math.sin(u * frequency * 3.1 + phase * 2));
            polygon.addPoint(x, (int) y);
        }
        polygon.addPoint(width, height);
        return polygon;
    }
}
