package com.channelstudio.music;

import com.channelstudio.music.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Files;
import org.springframework.stereotype.Component;

/** Music provider {@code dummy}: the built-in synthesiser, offline and deterministic per job and track. */
@Component("builtInMusic")
public class BuiltInMusicProvider {

    public static final String LICENCE = "Channel Studio built-in synthesiser: original, royalty-free, no attribution required";

    private final Synthesizer synthesizer;

    public BuiltInMusicProvider(Synthesizer synthesizer) {
        this.synthesizer = synthesizer;
    }

    public TrackOrder compose(TrackOrder order) throws IOException {
        Files.createDirectories(order.partial().getParent());
        try {
            synthesizer.compose(order.prompt(), order.durationSeconds(), order.seed(), order.partial());
        } catch (IOException | RuntimeException writeFailed) {
            // e.g. the disk is full: no half-written track is left to fill it further
            Files.deleteIfExists(order.partial());
            throw writeFailed;
        }
        return order;
    }
}
