package com.channelstudio.music;

import java.math.BigDecimal;

/** A checked track file in its final place, as its {@code audio_tracks} row records it. */
public record StoredTrack(
        int orderIndex,
        String provider,
        String providerTrackId,
        BigDecimal durationSeconds,
        String localFilePath,
        String licenseDocumentUrl,
        String promptText,
        BigDecimal loudnessLufs,
        BigDecimal truePeakDbtp) {}
