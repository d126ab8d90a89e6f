package com.channelstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.timeline.TrackTimeline;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** A picture of any shape fills the 16:9 frame, cropped or over a blurred copy of itself (a setting). */
class PicturesFillTheFrameTest {

    @TempDir
    Path folder;

    @Test
    void cropCoversTheFrameAndCutsThePictureOverflow() throws Exception {
        BufferedImage frame = firstFrame("crop");
        assertThat(frame.getWidth()).isEqualTo(1920);
        assertThat(isGreen(frame.getRGB(960, 10))).as("the top band of a 4:3 picture is cut off").isFalse();
        assertThat(isRed(frame.getRGB(20, 540))).isTrue();
        assertThat(isBlue(frame.getRGB(1900, 540))).isTrue();
    }

    @Test
    void blurShowsTheWholePictureOverABlurredCopy() throws Exception {
        BufferedImage frame = firstFrame("blur");
        assertThat(isGreen(frame.getRGB(960, 20))).as("the whole 4:3 picture, top band included").isTrue();
        Color side = new Color(frame.getRGB(60, 540));
        assertThat(side.getRed() + side.getGreen() + side.getBlue()).as("the sides are a blurred copy, not black").isGreaterThan(60);
    }

    private BufferedImage firstFrame(String fill) throws Exception {
        Path image = folder.resolve("four-by-three.png");
        BufferedImage picture = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 400, 600);
        g.setColor(Color.BLUE);
        g.fillRect(400, 0, 400, 600);
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, 800, 60);
        g.dispose();
        ImageIO.write(picture, "png", image.toFile());

        StudioProperties properties = properties(fill);
        String ffmpeg = new FfmpegLocator(properties).executable();
        TrackTimeline timeline = TrackTimeline.of(List.of(1), List.of(48_000L), 48_000, 30, 0);
        Path scratch = folder.resolve(fill);
        java.nio.file.Files.createDirectories(scratch);
        RenderPlan plan = new RenderPlan(UUID.randomUUID(), TestBinaries.of(ffmpeg), timeline, List.of(image), List.of(image), scratch,
                folder.resolve("video.mp4"), properties.render(), properties.render().motion(),
                properties.render().visualizer(), 0);
        TestBinaries.run(ffmpeg, plan.commands().clip(0).arguments());
        Path png = folder.resolve(fill + ".png");
        TestBinaries.run(ffmpeg, List.of("-v", "error", "-y", "-i", scratch.resolve("clip-01.h264").toString(), "-frames:v", "1", png.toString()));
        return ImageIO.read(png.toFile());
    }

    private StudioProperties properties(String fill) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        source.put("studio.render.fill", fill);
        source.put("studio.ffmpeg.cache-dir", folder.resolve("cache").toString());
        return new Binder(source).bindOrCreate("studio", StudioProperties.class);
    }

    private static boolean isGreen(int rgb) {
        Color c = new Color(rgb);
        return c.getGreen() > 150 && c.getRed() < 100 && c.getBlue() < 100;
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 150 && c.getGreen() < 100 && c.getBlue() < 100;
    }

    private static boolean isBlue(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 150 && c.getRed() < 100 && c.getGreen() < 100;
    }
}
