package com.channelstudio.render;

import com.channelstudio.jobs.JobFolders;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A transparent picture of soft, warm motes of light that a particle loop slides down over the frame by
 * {@code speed} pixels a frame. Its pattern repeats every {@code period} rows, the distance it slides in one loop,
 * and it is a period taller than the frame, so at every offset it covers the frame and after a loop it shows what
 * it showed at the start.
 *
 * @param motesPerFrame how many motes a frame's area holds
 */
public record ParticleLayer(Path file, int width, int frameHeight, int speed, int period, int motesPerFrame, float minRadius,
        float maxRadius, float minOpacity, float maxOpacity) {

    private static final Color WARM_LIGHT = new Color(255, 244, 222);

    /** Paints the layer; {@code seed} makes each video's motes its own, and the same again if it is rendered again. */
    public void paint(long seed) throws IOException {
        BufferedImage layer = new BufferedImage(width, frameHeight + period, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = layer.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random random = new Random(seed ^ file.getFileName().toString().hashCode());
        long motes = Math.round((double) motesPerFrame * period / frameHeight);
        for (long i = 0; i < motes; i++) {
            float x = random.nextFloat() * width;
            float y = random.nextFloat() * period;
            float radius = minRadius + (maxRadius - minRadius) * random.nextFloat() * random.nextFloat();
            float opacity = minOpacity + (maxOpacity - minOpacity) * random.nextFloat();
            for (float copy = y - period; copy - 2 * radius < frameHeight + period; copy += period) {
                glow(graphics, x, copy, radius, opacity);
            }
        }
        graphics.dispose();
        Path partial = JobFolders.partial(file);
        ImageIO.write(layer, "png", partial.toFile());
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A mote: full light in its core, fading out to nothing at twice its radius. */
    private static void glow(Graphics2D graphics, float x, float y, float radius, float opacity) {
        Color core = withOpacity(opacity);
        Color halo = withOpacity(opacity / 3);
        graphics.setPaint(new RadialGradientPaint(x, y, 2 * radius, new float[] {0f, 0.4f, 1f},
                new Color[] {core, halo, withOpacity(0)}));
        graphics.fill(new Ellipse2D.Float(x - 2 * radius, y - 2 * radius, 4 * radius, 4 * radius));
    }

    private static Color withOpacity(float opacity) {
        return new Color(WARM_LIGHT.getRed(), WARM_LIGHT.getGreen(), WARM_LIGHT.getBlue(), Math.round(opacity * 255));
    }
}
