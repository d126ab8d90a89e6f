package com.channelstudio.render;

import com.channelstudio.look.Motion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The gentle motion of an image's clip, as FFmpeg filters: every change is a periodic function of the frame
 * number whose period is the loop, so frame {@code loopFrames} of the motion is frame 0 again. A clip of one loop,
 * repeated by stream copy, therefore plays on without a seam, and its cost is that of one loop per image.
 *
 * <p>Only filters FFmpeg 4.4 already has, with the same options in 5.x: {@code perspective} (sub-pixel, unlike
 * {@code zoompan}, whose whole-pixel crop makes a slow zoom judder), {@code eq} and {@code overlay}.
 */
public final class MotionLoop {

    /**
     * How x264 codes a moving clip: the picture with the same High-profile tools as a still's, then real P-frames
     * with sub-pixel motion search and weighted prediction (a flicker is a fade to x264). Measured on a loop of
     * 180 frames: two to three times smaller than the preset ultrafast alone, for about one second more.
     */
    static final String X264_PARAMS = "cabac=1:8x8dct=1:partitions=i4x4,i8x8:deblock=1,0,0:aud=1:subme=2:weightp=1";

    /** The zoom's deepest point: each edge moves in by this fraction of the frame (a 3 % zoom). */
    private static final double ZOOM_INSET = 0.015;

    /** The flicker's deepest swing of the light, up and down (4 %). */
    private static final double FLICKER_DEPTH = 0.04;

    private final Motion motion;
    private final int width;
    private final int height;
    private final long loopFrames;
    private final List<ParticleLayer> layers;

    public MotionLoop(Motion motion, int width, int height, long loopFrames, Path scratch) {
        this.motion = motion;
        this.width = width;
        this.height = height;
        this.loopFrames = loopFrames;
        this.layers = motion == Motion.PARTICLES ? particleLayers(scratch) : List.of();
    }

    /**
     * Dust far away, small and slow, and brighter motes nearer, faster: each layer slides down by a whole, even
     * number of pixels a frame ({@code overlay} places a yuv420p layer on even rows), a period of its pattern per
     * loop.
     */
    private List<ParticleLayer> particleLayers(Path scratch) {
        int far = 2 * (int) Math.max(1, Math.round(height / 540.0));
        int near = 2 * (int) Math.max(1, Math.round(far * 0.75));
        return List.of(
                new ParticleLayer(scratch.resolve("particles-far.png"), width, height, far, (int) (far * loopFrames), 110, 1.5f, 3.5f, 0.45f, 0.85f),
                new ParticleLayer(scratch.resolve("particles-near.png"), width, height, near, (int) (near * loopFrames), 28, 4f, 12f, 0.35f, 0.75f));
    }

    /** Whether the pictures move at all: {@code none} keeps the still clip of before. */
    public boolean moves() {
        return motion != Motion.NONE;
    }

    /** The pictures the motion lays over the image, to be painted before the clips are encoded. */
    public List<ParticleLayer> layers() {
        return layers;
    }

    /** The inputs after the image (input 0): the particle layers, one picture each. */
    public List<String> inputs() {
        List<String> inputs = new ArrayList<>();
        for (ParticleLayer layer : layers) {
            inputs.add("-i");
            inputs.add(layer.file().toString());
        }
        return inputs;
    }

    /**
     * The filter graph from input 0 to the clip's frames: {@code stillFrames} (the image made into the clip's frames
     * of the still) moved. {@code imageIndex} starts each image's particles at another point of their loop.
     */
    public String graph(String stillFrames, int imageIndex) {
        String still = "[0:v]" + stillFrames;
        return switch (motion) {
            case ZOOM -> still + "," + breathingZoom();
            case FLICKER -> still + "," + flicker();
            case PARTICLES -> still + particlesOver(imageIndex);
            case NONE -> throw new IllegalStateException("a still has no motion graph");
        };
    }

    /** 2πn/L: the phase of frame n in the loop (n as the filter names it). */
    private String phase(String frameNumber, int harmonic) {
        return String.format(Locale.ROOT, "2*PI*%d*%s/%d", harmonic, frameNumber, loopFrames);
    }

    /** Each edge moves in and out along a raised cosine: at rest at frame 0, deepest at half the loop. */
    private String breathingZoom() {
        String inset = String.format(Locale.ROOT, "%.4f*(1-cos(%s))", ZOOM_INSET / 2, phase("in", 1));
        return String.format(Locale.ROOT, "perspective=x0='W*%1$s':y0='H*%1$s':x1='W-W*%1$s':y1='H*%1$s'"
                + ":x2='W*%1$s':y2='H-H*%1$s':x3='W-W*%1$s':y3='H-H*%1$s':interpolation=linear:eval=frame", inset);
    }

    /**
     * The light's gain g, a slow swing with two faster ripples (all whole harmonics of the loop), applied to the
     * luma as round(g * Y), so black stays black. eq builds that table in floating point only when the gamma is
     * not exactly 1; at 1 it takes an integer path that rounds the brightness to 1 % steps, and the light jumped.
     */
    private String flicker() {
        String gain = String.format(Locale.ROOT, "(1+%.3f*(0.6*sin(%s)+0.3*sin(%s+1)+0.1*sin(%s+2)))",
                FLICKER_DEPTH, phase("n", 1), phase("n", 3), phase("n", 7));
        return String.format(Locale.ROOT, "eq=contrast='255/256*%1$s':brightness='(1+255*%1$s)/512-0.5':gamma=1.000001:eval=frame", gain);
    }

    /** Every layer laid over the picture, at its offset in its period for this frame. */
    private String particlesOver(int imageIndex) {
        StringBuilder graph = new StringBuilder("[moved0]");
        for (int i = 0; i < layers.size(); i++) {
            ParticleLayer layer = layers.get(i);
            int start = (imageIndex * layer.period() / 20) & ~1;
            graph.append(String.format(Locale.ROOT, ";[%d:v]scale=out_color_matrix=bt709:out_range=tv,format=yuva420p[layer%d]"
                            + ";[moved%d][layer%d]overlay=x=0:y='%d+mod(%d*n+%d,%d)'%s",
                    i + 1, i, i, i, -layer.period(), layer.speed(), start, layer.period(),
                    i + 1 < layers.size() ? "[moved" + (i + 1) + "]" : ""));
        }
        return graph.toString();
    }
}
