package com.channelstudio.planning;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the channel's recent videos already used, lower case as the planners compare them: the prompts of its last
 * {@value #PROMPT_VIDEOS} videos and the track titles of its last {@value #TITLE_VIDEOS}.
 */
public record ChannelHistory(Set<String> prompts, Set<String> titles) {

    public static final int PROMPT_VIDEOS = 10;
    public static final int TITLE_VIDEOS = 50;
    public static final ChannelHistory NONE = new ChannelHistory(Set.of(), Set.of());

    /** From the rows of {@code channel-recent-plans.sql}: {@code prompt}, {@code title}, {@code video_rank} (1 = newest). */
    public static ChannelHistory of(List<Map<String, Object>> rows) {
        Set<String> prompts = rows.stream()
                .filter(row -> ((Number) row.get("video_rank")).intValue() <= PROMPT_VIDEOS)
                .map(row -> (String) row.get("prompt")).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> titles = rows.stream()
                .filter(row -> ((Number) row.get("video_rank")).intValue() <= TITLE_VIDEOS)
                .map(row -> (String) row.get("title")).filter(Objects::nonNull).collect(Collectors.toSet());
        return new ChannelHistory(prompts, titles);
    }
}
