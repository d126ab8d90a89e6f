package com.channelstudio.images;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.images.painter.Painter;
import java.io.IOException;
import java.nio.file.Files;
import org.springframework.stereotype.Component;

/** Image provider {@code dummy}: the built-in painter, offline and deterministic per job and image. */
@Component("builtInImages")
public class BuiltInImageProvider {

    public static final String LICENCE = "Channel Studio built-in painter: original, royalty-free, no attribution required";

    private final Painter painter;
    private final StudioProperties.Render render;

    public BuiltInImageProvider(Painter painter, StudioProperties properties) {
        this.painter = painter;
        this.render = properties.render();
    }

    public ImageOrder paint(ImageOrder order) throws IOException {
        Files.createDirectories(order.partial().getParent());
        try {
            painter.paint(order.prompt(), order.seed(), render.width(), render.height(), order.partial());
        } catch (IOException | RuntimeException writeFailed) {
            // e.g. the disk is full: no half-written picture is left to fill it further
            Files.deleteIfExists(order.partial());
            throw writeFailed;
        }
        return order;
    }
}
