package com.channelstudio.images.painter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * The built-in image provider: paints a layered procedural scene for a visual prompt (palette from its time of
 * day and colour words, subjects from its nouns) and writes it as PNG. Same prompt, seed and size, same bytes.
 */
@Component
public class Painter {

    public void paint(String prompt, long seed, int width, int height, Path pngFile) throws IOException {
        SceneWords words = new SceneWords(prompt);
        // String.hashCode is specified, so the seed mix is stable across JVMs.
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ prompt.hashCode());
        Canvas canvas = new Canvas(width, height, words, random);
        try {
            if (words.setting == SceneWords.Setting.OUTDOOR) {
                new Landscape(canvas).paint();
            } else {
                new Interior(canvas).paint();
            }
        } finally {
            canvas.g.dispose();
        }
        PngEncoder.write(canvas.pixels, width, height, pngFile);
    }
}
