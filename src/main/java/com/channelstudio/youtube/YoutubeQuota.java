package com.channelstudio.youtube;

import com.channelstudio.config.StudioProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * YouTube's quota day: it runs from midnight to midnight Pacific time ({@code studio.youtube.quota-reset-zone}), and
 * the studio's budget for it ({@code studio.youtube.quota}).
 */
@Component("youtubeQuota")
public class YoutubeQuota {

    private final StudioProperties.Youtube config;
    private final Clock clock;

    @Autowired
    public YoutubeQuota(StudioProperties properties) {
        this(properties.youtube(), Clock.systemUTC());
    }

    YoutubeQuota(StudioProperties.Youtube config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The quota day it is now. */
    public LocalDate day() {
        return OffsetDateTime.now(clock).atZoneSameInstant(config.quotaResetZone()).toLocalDate();
    }

    /** When this quota day started, in UTC. */
    public OffsetDateTime dayStart() {
        return nextReset().minusDays(1);
    }

    /** When the next quota day starts, in UTC. */
    public OffsetDateTime nextReset() {
        return day().plusDays(1).atStartOfDay(config.quotaResetZone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    public int unitsPerDay() {
        return config.quota().unitsPerDay();
    }

    /** How many new videos a channel uploads per quota day (0: no cap). */
    public int uploadsPerChannelPerDay() {
        return config.maxUploadsPerChannelPerDay();
    }

    /** How many Shorts a channel uploads per quota day (0: no cap). */
    public int shortsPerChannelPerDay() {
        return config.maxShortsPerChannelPerDay();
    }

    /** What the calls of an upload cost; the SQL adds up those still to make. */
    public int videosInsert() {
        return config.quota().videosInsert();
    }

    public int thumbnailsSet() {
        return config.quota().thumbnailsSet();
    }

    public int playlistItemsInsert() {
        return config.quota().playlistItemsInsert();
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
