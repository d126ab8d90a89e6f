package com.channelstudio.images.painter;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.planning.BuiltInPlanner;
import com.channelstudio.planning.PromptPlan;
import com.channelstudio.planning.VisualPrompt;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@Tag("slow")
class PainterTest {

    private final Painter painter = new Painter();

    @TempDir
    Path dir;

    private BufferedImage paint(String prompt, long seed) throws Exception {
        Path png = dir.resolve("p" + System.nanoTime() + ".png");
        painter.paint(prompt, seed, 1920, 1080, png);
        return ImageIO.read(png.toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lo-fi study", "Medieval fantasy tavern", "Ambient space", "Royal court classical"})
    void anAlbumsTwentyScenesAreFullSizeDetailedAndAllDifferent(String niche) throws Exception {
        PromptPlan plan = new BuiltInPlanner().plan(niche, "calm", 60, 31);
        List<long[]> hashes = new ArrayList<>();
        List<String> prompts = new ArrayList<>();
        for (VisualPrompt prompt : plan.visualPrompts()) {
            BufferedImage image = paint(prompt.prompt(), 500 + prompt.orderIndex());
            assertThat(image.getWidth()).isEqualTo(1920);
            assertThat(image.getHeight()).isEqualTo(1080);
            double[] luma = ImageAnalysis.luma(image);
            assertThat(ImageAnalysis.entropyBits(luma)).as("luminance entropy of %s", prompt.prompt()).isGreaterThan(4.5);
            assertThat(ImageAnalysis.meanGradient(luma, 1920, 1080)).as("detail in %s", prompt.prompt()).isGreaterThan(1.0);
            assertThat(ImageAnalysis.standardDeviation(luma)).as("contrast in %s", prompt.prompt()).isGreaterThan(12);
            hashes.add(new long[] {ImageAnalysis.perceptualHash(image)});
            prompts.add(prompt.prompt());
        }
        int closest = 64;
        for (int a = 0; a < hashes.size(); a++) {
            for (int b = a + 1; b < hashes.size(); b++) {
                int distance = Long.bitCount(hashes.get(a)[0] ^ hashes.get(b)[0]);
                closest = Math.min(closest, distance);
                assertThat(distance).as("pHash distance between\n %s\n %s", prompts.get(a), prompts.get(b)).isGreaterThanOrEqualTo(10);
            }
        }
        System.out.println(niche + ": closest pHash distance " + closest);
    }

    @Test
    void theSamePromptAndSeedGiveTheSameBytes() throws Exception {
        String prompt = "16:9 background of a grand ballroom with chandeliers, golden accents, warm lighting";
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        painter.paint(prompt, 42, 1920, 1080, a);
        painter.paint(prompt, 42, 1920, 1080, b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        Path c = dir.resolve("c.png");
        painter.paint(prompt, 43, 1920, 1080, c);
        assertThat(Files.readAllBytes(c)).isNotEqualTo(Files.readAllBytes(a));
    }

    @Test
    void paintsAnySizeItIsAskedFor() throws Exception {
        Path png = dir.resolve("small.png");
        painter.paint("16:9 background of misty mountains at sunrise", 1, 1280, 720, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
    }

    @Test
    void theHourInThePromptSetsTheLight() throws Exception {
        double night = ImageAnalysis.mean(ImageAnalysis.luma(paint("16:9 background of a mountain lake at night, deep blue tones", 9)));
        double noon = ImageAnalysis.mean(ImageAnalysis.luma(paint("16:9 background of a mountain lake at midday, deep blue tones", 9)));
        assertThat(noon).isGreaterThan(night + 25);
        BufferedImage sunset = paint("16:9 background of an ocean shore at sunset, warm orange glow", 9);
        double[] rgb = ImageAnalysis.meanRgb(sunset, 0, 540);
        assertThat(rgb[0]).as("a sunset sky is warmer than it is blue").isGreaterThan(rgb[2]);
    }

    @Test
    void aStarryNightHasStarsAndARainyWindowHasRain() throws Exception {
        BufferedImage stars = paint("16:9 background of a night sky full of stars over calm hills", 4);
        BufferedImage plain = paint("16:9 background of calm hills at midday", 4);
        assertThat(ImageAnalysis.brightSpeckles(stars, 0, 500)).isGreaterThan(200);
        assertThat(ImageAnalysis.brightSpeckles(plain, 0, 500)).isLessThan(ImageAnalysis.brightSpeckles(stars, 0, 500) / 4);
        BufferedImage ballroom = paint("16:9 background of a grand ballroom with chandeliers, golden accents", 4);
        BufferedImage window = paint("16:9 background of a rainy window with city lights beyond", 4);
        assertThat(Long.bitCount(ImageAnalysis.perceptualHash(ballroom) ^ ImageAnalysis.perceptualHash(window))).isGreaterThan(12);
    }
}
