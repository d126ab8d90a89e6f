package com.channelstudio.distinct;

import java.util.SortedSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One look at a video against its channel's recent videos: the evidence rows and newly computed image hashes to
 * record (JSON, for one statement each), the order indexes of the images that are near copies and the music
 * prompts that are repeats, and what was found, in words.
 */
public record DistinctCheck(
        UUID checkId,
        int repair,
        String evidenceJson,
        String newHashesJson,
        SortedSet<Integer> copiedImages,
        SortedSet<Integer> repeatedMusic,
        String finding) {

    public boolean held() {
        return !copiedImages.isEmpty() || !repeatedMusic.isEmpty();
    }

    public String copiedImagesList() {
        return list(copiedImages);
    }

    public String repeatedMusicList() {
        return list(repeatedMusic);
    }

    private static String list(SortedSet<Integer> orderIndexes) {
        return orderIndexes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
