package com.channelstudio.youtube;

import com.google.api.services.youtube.YouTube;
import com.google.api.services.youtube.model.Channel;
import com.google.api.services.youtube.model.PlaylistItem;
import com.google.api.services.youtube.model.PlaylistItemListResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A video an earlier attempt of the job uploaded whose id never reached the database (the claim was lost, or an outage
 * outlasted the retries), found among the channel's uploads by the reference its description ends with (the job's,
 * or the job's and a Short's): channels.list names the uploads playlist, whose pages (newest first) are read back to
 * when the first session of that upload opened.
 */
final class EarlierUploads {

    /** Margin for the clocks of the studio and YouTube. */
    private static final long CLOCK_MARGIN_SECONDS = 600;

    private EarlierUploads() {}

    /** What the search found, and the calls it made (each costs quota). */
    record Search(Optional<String> videoId, int channelsListCalls, int playlistItemsListCalls) {}

    /** The line every upload's description ends with, naming the job; what the search looks for. */
    static String reference(UUID job) {
        return "ref: " + job;
    }

    /** The line a Short's description ends with: the job's reference and the Short's number. */
    static String reference(UUID job, int shortIndex) {
        return reference(job) + " short " + shortIndex;
    }

    /** @param reference the whole last line of the description searched for ({@link #reference}) */
    static Search find(YouTube client, String reference, OffsetDateTime since) throws IOException {
        List<Channel> channels = client.channels().list(List.of("contentDetails")).setMine(true).execute().getItems();
        if (channels == null || channels.isEmpty()) {
            return new Search(Optional.empty(), 1, 0);
        }
        String uploads = channels.get(0).getContentDetails().getRelatedPlaylists().getUploads();
        Instant from = since.toInstant().minusSeconds(CLOCK_MARGIN_SECONDS);
        int pages = 0;
        String page = null;
        do {
            PlaylistItemListResponse items = client.playlistItems().list(List.of("snippet")).setPlaylistId(uploads)
                    .setMaxResults(50L).setPageToken(page).execute();
            pages++;
            for (PlaylistItem item : items.getItems() == null ? List.<PlaylistItem>of() : items.getItems()) {
                if (Instant.ofEpochMilli(item.getSnippet().getPublishedAt().getValue()).isBefore(from)) {
                    return new Search(Optional.empty(), 1, pages);
                }
                String description = item.getSnippet().getDescription();
                if (description != null && description.lines().anyMatch(line -> line.strip().equals(reference))) {
                    return new Search(Optional.of(item.getSnippet().getResourceId().getVideoId()), 1, pages);
                }
            }
            page = items.getNextPageToken();
        } while (page != null);
        return new Search(Optional.empty(), 1, pages);
    }
}
