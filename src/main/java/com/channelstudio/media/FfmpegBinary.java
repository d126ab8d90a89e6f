package com.channelstudio.media;

/** The FFmpeg the studio runs: where it is, the version it reports, and why it is the one in use. */
public record FfmpegBinary(String executable, String version, String origin) {}
