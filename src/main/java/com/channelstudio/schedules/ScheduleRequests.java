package com.channelstudio.schedules;

import com.channelstudio.jobs.InvalidInputException;
import com.channelstudio.jobs.UploadStrategy;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Body;
import org.quartz.CronExpression;
import org.springframework.stereotype.Component;

/** Checks a channel schedule sent to the API, naming the field and the rule, and turns it into SQL parameters. */
@Component("scheduleRequests")
public class ScheduleRequests {

    static final int MAX_MOODS_LENGTH = 500;

    private final ObjectMapper json;

    public ScheduleRequests(ObjectMapper json) {
        this.json = json;
    }

    public Map<String, Object> row(@Body NewSchedule request) throws JsonProcessingException {
        if (request == null) {
            throw new InvalidInputException("body", "must be a JSON object with cron, time_zone, videos_ahead, "
                    + "mood_keywords, target_duration_minutes, upload_strategy and publish_time");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("cron", cron(request.cron()));
        row.put("timeZone", zone(request.timeZone()));
        row.put("videosAhead", between("videos_ahead", request.videosAhead(), 1, 30));
        row.put("moodKeywords", json.writeValueAsString(moods(request.moodKeywords())));
        row.put("targetDurationMinutes", between("target_duration_minutes", request.targetDurationMinutes(), 60, 90));
        row.put("uploadStrategy", UploadStrategy.of(request.uploadStrategy()));
        row.put("publishTime", time(request.publishTime()));
        row.put("enabled", request.enabled() == null || request.enabled());
        row.put("selection", selection(request.selection()));
        return row;
    }

    /** A stored schedule as the API shows it: the body it was set with, and when it last planned. */
    public Map<String, Object> view(@Body Map<String, Object> row) throws JsonProcessingException {
        Map<String, Object> view = new LinkedHashMap<>(row);
        view.put("mood_keywords", json.readValue((String) row.get("mood_keywords"), List.class));
        return view;
    }

    /** How each firing picks its mood keywords: in turn ({@code rotate}, the default) or by analytics ({@code learn}). */
    private static String selection(String selection) {
        if (selection == null) {
            return "rotate";
        }
        if (!List.of("rotate", "learn").contains(selection)) {
            throw new InvalidInputException("selection", "must be rotate (the mood keywords in turn) or learn (chosen by "
                    + "what viewers watched) (was " + selection + ")");
        }
        return selection;
    }

    private static String cron(String cron) {
        if (cron == null || !CronExpression.isValidExpression(cron)) {
            throw new InvalidInputException("cron", "must be a Quartz cron expression, seconds first, e.g. \"0 0 5 * * ?\" "
                    + "(was " + cron + ")");
        }
        return cron;
    }

    private static String zone(String zone) {
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidInputException("time_zone", "must be an IANA time zone such as Europe/Berlin (was " + zone + ")");
        }
    }

    private static int between(String field, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            throw new InvalidInputException(field, "must be a whole number between " + min + " and " + max
                    + (value == null ? " (missing)" : " (was " + value + ")"));
        }
        return value;
    }

    private static List<String> moods(List<String> moods) {
        if (moods == null || moods.isEmpty()) {
            throw new InvalidInputException("mood_keywords", "must list at least one set of mood keywords, e.g. [\"calm, rainy\"]");
        }
        for (String mood : moods) {
            if (mood == null || mood.replace(",", "").isBlank() || mood.length() > MAX_MOODS_LENGTH
                    || mood.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidInputException("mood_keywords", "each entry must hold at least one keyword, at most "
                        + MAX_MOODS_LENGTH + " characters, without control characters");
            }
        }
        return moods.stream().map(String::strip).toList();
    }

    private static LocalTime time(String time) {
        try {
            return LocalTime.parse(time);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException("publish_time", "must be a time of day as HH:mm, e.g. \"18:00\" (was " + time + ")");
        }
    }
}
