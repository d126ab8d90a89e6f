package com.channelstudio.render;

import com.channelstudio.look.Fill;
import java.util.Locale;

/**
 * How any picture fills a frame, as FFmpeg filters from the picture to the frame: scaled and cropped ({@code crop}),
 * or whole over a blurred, cropped copy of itself ({@code blur}) so nothing of it is cut off.
 */
public final class FrameFill {

    private FrameFill() {}

    static String of(Fill fill, int width, int height) {
        return switch (fill) {
            case CROP -> cover(width, height);
            case BLUR -> blurred(width, height, "");
        };
    }

    /**
     * The picture whole in the middle of the frame over a blurred copy of itself; {@code backgroundFilters} (e.g.
     * {@code ,eq=brightness=-0.1}) are applied to the copy after the blur.
     */
    public static String blurred(int width, int height, String backgroundFilters) {
        return String.format(Locale.ROOT, "split[whole][back];[back]%s,boxblur=luma_radius=40:luma_power=2%s[blurred];"
                        + "[whole]scale=%d:%d:force_original_aspect_ratio=decrease:flags=lanczos[front];"
                        + "[blurred][front]overlay=(W-w)/2:(H-h)/2",
                cover(width, height), backgroundFilters, width, height);
    }

    private static String cover(int width, int height) {
        return String.format(Locale.ROOT,
                "scale=%d:%d:force_original_aspect_ratio=increase:flags=lanczos,crop=%d:%d", width, height, width, height);
    }
}
