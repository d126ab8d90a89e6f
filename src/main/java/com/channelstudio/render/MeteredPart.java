package com.channelstudio.render;

/**
 * A part of the program audio as encoded, with the true peak its meter read in each 100 ms of the decoded stream
 * (linear; the encoder's priming comes first).
 */
public record MeteredPart(AudioPart part, float[] framePeaks) {}
