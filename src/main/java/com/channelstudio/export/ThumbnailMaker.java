package com.channelstudio.export;

import com.channelstudio.jobs.JobFolders;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;

/** A 1280×720 JPEG thumbnail (YouTube's size, well under its 2 MB limit), cropped to fill from a background. */
@Component
public class ThumbnailMaker {

    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    public void make(Path image, Path thumbnail) throws IOException {
        Path partial = JobFolders.partial(thumbnail);
        try (OutputStream out = Files.newOutputStream(partial)) {
            write(image, WIDTH, HEIGHT, out);
        }
        Files.move(partial, thumbnail, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The picture cropped to fill {@code width}×{@code height}, as a JPEG (the console's thumbnails too). */
    public void write(Path image, int width, int height, OutputStream jpeg) throws IOException {
        BufferedImage source = ImageIO.read(image.toFile());
        if (source == null) {
            throw new IOException("cannot read " + image + " to make the thumbnail");
        }
        double scale = Math.max((double) width / source.getWidth(), (double) height / source.getHeight());
        int scaledWidth = (int) Math.ceil(source.getWidth() * scale);
        int scaledHeight = (int) Math.ceil(source.getHeight() * scale);
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(source, (width - scaledWidth) / 2, (height - scaledHeight) / 2, scaledWidth, scaledHeight, null);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(jpeg)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(frame, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
