package com.channelstudio.alerts;

import com.channelstudio.config.AlertSettings;
import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.InvalidInputException;
import com.channelstudio.jobs.JobFolders;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.camel.Body;
import org.springframework.stereotype.Component;

/**
 * The daily digest from the facts of digest.sql: a {@code digest} object (per channel the videos completed and
 * uploaded in the last 24 hours with their titles and YouTube links, the next publishing slots, its open alerts, the
 * last day's analytics and this month's spend with its budget; the studio's open alerts, quota, held-back messages
 * and spend this month) and the same as plain text. With nothing to say, the text is one line: all quiet.
 */
@Component("alertDigest")
public class AlertDigest {

    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private final ObjectMapper json;
    private final JobFolders folders;
    private final AlertLinks links;
    private final AlertSettings settings;

    public AlertDigest(ObjectMapper json, JobFolders folders, AlertLinks links, StudioProperties properties) {
        this.json = json;
        this.folders = folders;
        this.links = links;
        this.settings = properties.alerts();
    }

    /** The digest message: {@code {"text": …, "digest": {…}}}. */
    public String compose(@Body Map<String, Object> facts) throws IOException {
        ObjectNode digest = json.createObjectNode();
        digest.put("date", LocalDate.now(settings.timeZone()).toString());
        digest.put("time_zone", settings.timeZone().getId());
        ArrayNode channels = digest.putArray("channels");
        StringBuilder text = new StringBuilder();
        boolean news = false;
        for (JsonNode channel : json.readTree((String) facts.get("channels"))) {
            ObjectNode shown = channels.addObject();
            shown.put("channel_id", channel.path("id").asText());
            shown.put("name", channel.path("name").asText());
            ArrayNode completed = videos(shown.putArray("completed"), channel.path("completed"));
            ArrayNode uploaded = videos(shown.putArray("uploaded"), channel.path("uploaded"));
            shown.set("next_publishing_slots", channel.path("next_slots"));
            shown.set("open_alerts", channel.path("open_alerts"));
            shown.set("analytics", channel.path("analytics"));
            shown.set("this_month", channel.path("this_month"));
            boolean channelNews = !completed.isEmpty() || !uploaded.isEmpty() || !channel.path("open_alerts").isEmpty();
            news |= channelNews;
            if (channelNews) {
                text.append(channelText(shown));
            }
        }
        digest.set("studio_alerts", json.readTree((String) facts.get("studio_alerts")));
        digest.set("quota", json.readTree((String) facts.get("quota")));
        long heldBack = ((Number) facts.get("held_back")).longValue();
        digest.put("held_back", heldBack);
        BigDecimal studioSpend = (BigDecimal) facts.get("month_spend_usd");
        digest.put("month_spend_usd", studioSpend);
        digest.put("console_url", links.alertsPage());
        for (JsonNode alert : digest.path("studio_alerts")) {
            text.append("Open: ").append(alert.path("title").asText()).append('\n');
            news = true;
        }
        digest.put("all_quiet", !news);
        String heading = "Channel Studio daily digest " + digest.path("date").asText();
        ObjectNode message = json.createObjectNode();
        if (!news) {
            message.put("text", heading + ": all quiet.");
        } else {
            for (JsonNode day : digest.path("quota")) {
                text.append("YouTube quota: ").append(day.path("units").asInt()).append(" units on ")
                        .append(day.path("quota_day").asText()).append('\n');
            }
            if (heldBack > 0) {
                text.append(heldBack).append(" alert messages were held back by the hourly limit in the last 24 hours\n");
            }
            text.append("Provider calls this month: $").append(studioSpend.setScale(2, RoundingMode.HALF_UP).toPlainString())
                    .append(" in all\n");
            message.put("text", heading + (links.alertsPage() == null ? "" : " · " + links.alertsPage()) + "\n" + text);
        }
        message.set("digest", digest);
        return json.writeValueAsString(message);
    }

    /** Completed or uploaded videos with their titles (from the upload package) and YouTube links. */
    private ArrayNode videos(ArrayNode shown, JsonNode rows) {
        for (JsonNode row : rows) {
            ObjectNode video = shown.addObject();
            video.put("job_id", row.path("job_id").asText());
            video.put("title", title(row.path("output_directory").asText()));
            if (row.hasNonNull("youtube_video_id")) {
                video.put("youtube_url", "https://youtu.be/" + row.path("youtube_video_id").asText());
            }
        }
        return shown;
    }

    private String channelText(JsonNode channel) {
        StringBuilder text = new StringBuilder(channel.path("name").asText()).append(":\n");
        for (JsonNode video : channel.path("completed")) {
            text.append("  completed: ").append(video.path("title").asText()).append('\n');
        }
        for (JsonNode video : channel.path("uploaded")) {
            text.append("  uploaded: ").append(video.path("title").asText()).append(' ')
                    .append(video.path("youtube_url").asText()).append('\n');
        }
        for (JsonNode slot : channel.path("next_publishing_slots")) {
            text.append("  next publishing slot: ")
                    .append(OffsetDateTime.parse(slot.asText()).atZoneSameInstant(settings.timeZone()).format(SLOT)).append('\n');
        }
        for (JsonNode alert : channel.path("open_alerts")) {
            text.append("  open: ").append(alert.path("title").asText()).append('\n');
        }
        JsonNode month = channel.path("this_month");
        text.append("  this month: $").append(month.path("spent_usd").decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString())
                .append(month.hasNonNull("budget_usd") ? " of its $" + month.path("budget_usd").decimalValue()
                        .setScale(2, RoundingMode.HALF_UP).toPlainString() + " budget" : "").append('\n');
        JsonNode analytics = channel.path("analytics");
        if (analytics.hasNonNull("day")) {
            text.append("  ").append(analytics.path("day").asText()).append(": ").append(analytics.path("views").asLong())
                    .append(" views, ").append(analytics.path("watch_hours").asDouble()).append(" watch hours")
                    .append(analytics.hasNonNull("revenue_usd") ? ", $" + analytics.path("revenue_usd").asText() : "")
                    .append('\n');
        }
        return text.toString();
    }

    /** The video's title from its upload package, or its folder when the package cannot be read. */
    private String title(String outputDirectory) {
        try {
            Path metadata = folders.file(Path.of(outputDirectory, "export", "metadata.json").toString());
            if (Files.isRegularFile(metadata)) {
                return json.readTree(metadata.toFile()).path("title").asText(outputDirectory);
            }
        } catch (IOException | InvalidInputException unreadable) {
            // the folder names the video well enough
        }
        return outputDirectory;
    }
}
