package com.channelstudio.schedules;

import com.channelstudio.jobs.JobFolders;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.Collectors;
import org.quartz.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Which channel schedules fired since they last planned, and the job each firing plans: the next mood keywords in
 * turn (a learning schedule's are chosen by {@link LearnedMoods} then), the channel's length and upload strategy, and
 * the next free publishing slot of the channel in its time zone.
 */
@Component("schedulePlanner")
public class SchedulePlanner {

    /** After a long stop, a schedule plans once for its latest firing, not once for every firing it missed. */
    private static final Duration LONGEST_CATCH_UP = Duration.ofDays(1);

    private final Clock clock = Clock.systemUTC();
    private final ObjectMapper json;

    public SchedulePlanner(ObjectMapper json) {
        this.json = json;
    }

    /**
     * One firing per schedule whose cron fired since it last planned: {@code plan} says whether a job is made
     * (fewer than {@code videos_ahead} of the channel's jobs are waiting) or the firing is only recorded.
     */
    public List<Map<String, Object>> firings(List<Map<String, Object>> schedules) throws ParseException, IOException {
        Instant now = clock.instant();
        List<Map<String, Object>> firings = new ArrayList<>();
        for (Map<String, Object> schedule : schedules) {
            Instant fired = latestFiring(schedule, now);
            if (fired == null) {
                continue;
            }
            Map<String, Object> firing = new LinkedHashMap<>(schedule);
            firing.put("fireTime", OffsetDateTime.ofInstant(fired, ZoneOffset.UTC));
            boolean plan = ((Number) schedule.get("waiting")).intValue() < ((Number) schedule.get("videos_ahead")).intValue();
            firing.put("plan", plan);
            if (plan) {
                UUID job = UUID.randomUUID();
                firing.put("jobId", job);
                firing.put("outputDirectory", JobFolders.defaultFolder((String) schedule.get("name"), job));
                firing.put("planningReason", "moods '" + schedule.get("mood") + "': their turn (" + schedule.get("mood_turn")
                        + " of " + moodCount(schedule) + ")");
                firing.put("scheduledTime", nextFreeSlot(ZoneId.of((String) schedule.get("time_zone")),
                        LocalTime.parse((String) schedule.get("publish_time")), takenSlots(schedule), now));
            }
            firings.add(firing);
        }
        return firings;
    }

    private static Instant latestFiring(Map<String, Object> schedule, Instant now) throws ParseException {
        CronExpression cron = new CronExpression((String) schedule.get("cron"));
        cron.setTimeZone(TimeZone.getTimeZone(ZoneId.of((String) schedule.get("time_zone"))));
        Object since = schedule.get("last_planned_at") != null ? schedule.get("last_planned_at") : schedule.get("updated_at");
        Instant earliest = now.minus(LONGEST_CATCH_UP);
        Instant from = ((Timestamp) since).toInstant().isBefore(earliest) ? earliest : ((Timestamp) since).toInstant();
        Instant latest = null;
        for (Date next = cron.getNextValidTimeAfter(Date.from(from)); next != null && !next.toInstant().isAfter(now);
                next = cron.getNextValidTimeAfter(next)) {
            latest = next.toInstant();
        }
        return latest;
    }

    private int moodCount(Map<String, Object> schedule) throws IOException {
        return json.readValue((String) schedule.get("moods"), List.class).size();
    }

    private Set<Instant> takenSlots(Map<String, Object> schedule) throws IOException {
        return json.readValue((String) schedule.get("taken_slots"), new TypeReference<List<OffsetDateTime>>() {})
                .stream().map(OffsetDateTime::toInstant).collect(Collectors.toSet());
    }

    /** The first day from today on whose publishing hour lies ahead and is not yet another job's. */
    public static OffsetDateTime nextFreeSlot(ZoneId zone, LocalTime publishTime, Set<Instant> taken, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, zone);
        while (true) {
            Instant slot = day.atTime(publishTime).atZone(zone).toInstant();
            if (slot.isAfter(now) && !taken.contains(slot)) {
                return OffsetDateTime.ofInstant(slot, zone);
            }
            day = day.plusDays(1);
        }
    }
}
