package com.channelstudio.youtube;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.schedules.SchedulePlanner;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.Header;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A scheduled upload whose {@code scheduled_time} passed while it waited (the channel's cap, the quota, a back-off):
 * YouTube refuses a publishAt in the past, so the video goes to the channel's next free publishing slot when it has a
 * schedule, or is published at once when it has none.
 */
@Component("publishTimes")
public class PublishTimes {

    /** YouTube must still see the time ahead when the upload starts. */
    static final Duration AHEAD = Duration.ofMinutes(10);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final ObjectMapper json;
    private final Clock clock;
    private final Duration shortsOffset;

    @Autowired
    public PublishTimes(ObjectMapper json, StudioProperties properties) {
        this(json, Clock.systemUTC(), Duration.ofHours(properties.shorts().publishOffsetHours()));
    }

    PublishTimes(ObjectMapper json, Clock clock, Duration shortsOffset) {
        this.json = json;
        this.clock = clock;
        this.shortsOffset = shortsOffset;
    }

    /**
     * When a scheduled video's Short {@code shortIndex} is published: the offset ({@code studio.shorts.publish-offset-hours})
     * times its number after the video; null, at once, when that time is not ahead any more.
     */
    OffsetDateTime ofShort(OffsetDateTime videoTime, int shortIndex) {
        OffsetDateTime publishAt = videoTime.plus(shortsOffset.multipliedBy(shortIndex));
        return publishAt.toInstant().isAfter(clock.instant().plus(AHEAD)) ? publishAt : null;
    }

    /** What the job publishes as now, and why. */
    public record Change(String strategy, OffsetDateTime scheduledTime, String note) {}

    /**
     * The change the job needs, or null; the claimed row ({@code upload}) is changed to match, for the metadata.
     *
     * @param slots the channel's schedule ({@code time_zone}, {@code publish_time}, both null without one) and the
     *     {@code taken_slots} of its other jobs
     */
    public Change keep(@Header("upload") Map<String, Object> upload, @Header("slots") Map<String, Object> slots) throws IOException {
        OffsetDateTime scheduled = Timestamps.utc(upload.get("scheduled_time"));
        Instant soonest = clock.instant().plus(AHEAD);
        if (!"scheduled".equals(upload.get("upload_strategy")) || scheduled == null || scheduled.toInstant().isAfter(soonest)) {
            return null;
        }
        String passed = "scheduled_time " + MINUTE.format(scheduled.withOffsetSameInstant(ZoneOffset.UTC))
                + " passed while the upload waited";
        Change change;
        if (slots.get("publish_time") != null) {
            OffsetDateTime next = SchedulePlanner.nextFreeSlot(ZoneId.of((String) slots.get("time_zone")),
                    LocalTime.parse((String) slots.get("publish_time")), taken(slots), soonest);
            change = new Change("scheduled", next, passed + "; moved to the channel's next free publishing slot, "
                    + MINUTE.format(next.withOffsetSameInstant(ZoneOffset.UTC)));
        } else {
            change = new Change("public", scheduled, passed + "; published at once (the channel has no schedule)");
        }
        upload.put("upload_strategy", change.strategy());
        upload.put("scheduled_time", change.scheduledTime());
        return change;
    }

    private Set<Instant> taken(Map<String, Object> slots) throws IOException {
        return json.readValue((String) slots.get("taken_slots"), new TypeReference<List<OffsetDateTime>>() {})
                .stream().map(OffsetDateTime::toInstant).collect(Collectors.toSet());
    }
}
