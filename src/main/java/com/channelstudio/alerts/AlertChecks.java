package com.channelstudio.alerts;

import com.channelstudio.config.AlertSettings;
import com.channelstudio.config.StudioProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.camel.Body;
import org.quartz.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The parts of the alert conditions SQL cannot say: when a render may start (studio.render.cron), how long a
 * schedule's intervals are, and how much space the output folder has. Each returns findings as the check routes
 * record them: subject_id, channel_id, job_id, title, detail, remedy.
 */
@Component("alertChecks")
public class AlertChecks {

    private static final double GIGABYTE = 1e9;

    private final AlertSettings settings;
    private final CronExpression renderWindows;
    private final Path outputDir;

    public AlertChecks(StudioProperties properties) throws ParseException {
        this.settings = properties.alerts();
        this.renderWindows = new CronExpression(properties.render().cron());
        this.outputDir = properties.outputDir().toAbsolutePath();
    }

    public int uploadWaitHours() {
        return settings.uploadWaitHours();
    }

    public int stuckMinutes() {
        return settings.stuckMinutes();
    }

    /** A condition SQL says whole: its rows are the findings. */
    public List<Map<String, Object>> asFound(@Body List<Map<String, Object>> rows) {
        return rows;
    }

    /**
     * Jobs stuck longer than studio.alerts.stuck-minutes: a job waiting to render counts from the first moment
     * studio.render.cron let renders start after it arrived (a night-only window does not make a day's wait stuck).
     */
    public List<Map<String, Object>> stuck(@Body List<Map<String, Object>> candidates) {
        Instant limit = Instant.now().minus(Duration.ofMinutes(settings.stuckMinutes()));
        return candidates.stream().filter(job -> {
            Instant since = ((Date) job.get("entered_at")).toInstant();
            if ("rendering".equals(job.get("status"))) {
                Date firstWindow = renderWindows.getNextValidTimeAfter(Date.from(since.minusMillis(1)));
                since = firstWindow == null ? Instant.MAX : firstWindow.toInstant();
            }
            return since.isBefore(limit);
        }).toList();
    }

    /** Schedules with no job completed for two of their cron intervals (counted from the last completion, or the schedule's start). */
    public List<Map<String, Object>> behind(@Body List<Map<String, Object>> schedules) {
        Instant now = Instant.now();
        return schedules.stream().filter(schedule -> {
            Instant since = ((Date) schedule.get("since")).toInstant();
            try {
                CronExpression cron = new CronExpression((String) schedule.get("cron"));
                cron.setTimeZone(TimeZone.getTimeZone((String) schedule.get("time_zone")));
                Date first = cron.getNextValidTimeAfter(Date.from(since));
                Date second = first == null ? null : cron.getNextValidTimeAfter(first);
                return second != null
                        && now.isAfter(since.plus(Duration.between(first.toInstant(), second.toInstant()).multipliedBy(2)));
            } catch (ParseException unreadableCron) {
                return false;
            }
        }).toList();
    }

    /** The output folder, when the space free under it is below studio.alerts.disk-free-gb. */
    public List<Map<String, Object>> diskLow() throws IOException {
        Path folder = outputDir;
        while (!Files.exists(folder) && folder.getParent() != null) {
            folder = folder.getParent();
        }
        double freeGb = Files.getFileStore(folder).getUsableSpace() / GIGABYTE;
        if (freeGb >= settings.diskFreeGb()) {
            return List.of();
        }
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("subject_id", outputDir.toString());
        finding.put("title", String.format("Disk space low: %.1f GB free under %s", freeGb, outputDir));
        finding.put("detail", String.format("%.1f GB are free under the output folder %s, below studio.alerts.disk-free-gb "
                + "(%s GB); a 60-minute job needs about 1 GB while it is made, and a render fails when the disk is full",
                freeGb, outputDir, settings.diskFreeGb()));
        finding.put("remedy", "Free space (old videos in " + outputDir + " once they are on YouTube) or grow the volume");
        return List.of(finding);
    }
}
