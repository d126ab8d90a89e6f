package com.channelstudio.shorts;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.render.FrameFill;
import com.channelstudio.render.MotionLoop;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The FFmpeg command that makes a Short from its picture and its encoded sound: 1080x1920, the picture whole in the
 * middle over a blurred, darkened copy of itself, moved by the channel's motion if it has one, and the track's title
 * in the upper third, in lines short enough for the frame.
 */
final class ShortPicture {

    static final int WIDTH = 1080;
    static final int HEIGHT = 1920;
    static final int FONT_SIZE = 72;
    static final int LINE_HEIGHT = 92;
    /** The middle of the title's lines: in the upper third, above the picture (which starts at about 650). */
    static final int TITLE_MIDDLE = 400;
    static final int MAX_LINE_CHARS = 18;
    /** The blurred copy behind the picture is darkened, so the picture and the title stand out. */
    private static final String DARKENED = ",eq=brightness=-0.18:saturation=0.8";

    private ShortPicture() {}

    /**
     * @param titleLines one file per line of the title (drawtext reads its text from a file: a title is never parsed
     *     as filter syntax)
     */
    static List<String> command(Path image, Path audio, List<Path> titleLines, Path font, MotionLoop motion,
            StudioProperties.Render settings, double seconds, Path output) {
        int fps = settings.fps();
        long frames = Math.round(seconds * fps);
        String still = FrameFill.blurred(WIDTH, HEIGHT, DARKENED) + String.format(Locale.ROOT,
                ",setsar=1,scale=out_color_matrix=bt709:out_range=tv,format=yuv420p,loop=loop=%d:size=1:start=0,"
                        + "setpts=N/(%d*TB)", frames - 1, fps);
        String moved = motion.moves() ? motion.graph(still, 0) : "[0:v]" + still;
        StringBuilder graph = new StringBuilder(moved);
        int top = TITLE_MIDDLE - titleLines.size() * LINE_HEIGHT / 2;
        for (int i = 0; i < titleLines.size(); i++) {
            graph.append(String.format(Locale.ROOT, ",drawtext=fontfile=%s:textfile=%s:expansion=none:fontsize=%d:"
                            + "fontcolor=white:shadowcolor=black@0.7:shadowx=3:shadowy=3:x=(w-text_w)/2:y=%d",
                    escaped(font), escaped(titleLines.get(i)), FONT_SIZE, top + i * LINE_HEIGHT));
        }
        graph.append("[picture]");
        List<String> args = new ArrayList<>(List.of("-nostdin", "-hide_banner", "-v", "error", "-y",
                "-framerate", String.valueOf(fps), "-i", image.toString()));
        args.addAll(motion.inputs());
        args.addAll(List.of("-i", audio.toString(), "-filter_complex", graph.toString(),
                "-map", "[picture]", "-map", (motion.inputs().size() / 2 + 1) + ":a:0", "-frames:v", String.valueOf(frames),
                "-c:v", "libx264", "-preset", settings.preset(), "-crf", String.valueOf(settings.crf()),
                "-profile:v", "high", "-pix_fmt", "yuv420p", "-color_primaries", "bt709", "-color_trc", "bt709",
                "-colorspace", "bt709", "-c:a", "copy", "-movflags", "+faststart", "-f", "mp4", output.toString()));
        return args;
    }

    /** The title in lines of at most {@value #MAX_LINE_CHARS} characters, broken between words (three at most). */
    static List<String> lines(String title) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : title.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > MAX_LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines.size() <= 3 ? lines : List.of(lines.get(0), lines.get(1), String.join(" ", lines.subList(2, lines.size())));
    }

    /** A path as a filter option's value inside a filter graph: both levels of FFmpeg's escaping. */
    static String escaped(Path path) {
        String option = path.toString().replace("\\", "\\\\").replace("'", "\\'").replace(":", "\\:");
        return option.replace("\\", "\\\\").replace("'", "\\'").replace("[", "\\[").replace("]", "\\]")
                .replace(",", "\\,").replace(";", "\\;");
    }
}
