package com.channelstudio.console;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;
import org.quartz.CronExpression;

/** When a channel's schedule fires next, in the schedule's own time zone. */
final class NextFiring {

    private NextFiring() {}

    /** Null if it never fires again, or if a row written by plain SQL holds no valid cron or zone. */
    static ZonedDateTime after(String cron, String timeZone, Instant now) {
        try {
            ZoneId zone = ZoneId.of(timeZone);
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            Date next = expression.getNextValidTimeAfter(Date.from(now));
            return next == null ? null : next.toInstant().atZone(zone);
        } catch (ParseException | DateTimeException unreadable) {
            return null;
        }
    }
}
