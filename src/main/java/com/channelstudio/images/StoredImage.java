package com.channelstudio.images;

/** A checked image file in its final place, as its {@code images} row records it. */
public record StoredImage(int orderIndex, String provider, String providerImageId, String localFilePath, String promptText) {}
