package com.channelstudio.media;

/**
 * The FFmpeg the studio runs: where it is, the version it reports, and why it is the one in use.
 *
 * @param showfreqsRate whether its {@code showfreqs} filter has a {@code rate} option (FFmpeg 5 and newer): such a
 *     filter times its frames by that rate, 25 a second unless told, whatever its window's overlap
 */
public record FfmpegBinary(String executable, String version, String origin, boolean showfreqsRate) {}
