package com.channelstudio.alerts;

import com.channelstudio.config.StudioProperties;
import org.springframework.stereotype.Component;

/** Links into the console, from {@code studio.public-url}; with it empty, none. */
@Component("alertLinks")
public class AlertLinks {

    private final String base;

    public AlertLinks(StudioProperties properties) {
        this.base = properties.publicUrl().replaceAll("/+$", "");
    }

    /** The studio's address without a trailing slash, or empty: texts append paths to it. */
    public String base() {
        return base;
    }

    /** The console page of an alert's subject: its job, its channel, or the Alerts page; null without a public URL. */
    public String consoleUrl(String subjectType, Object jobId, Object channelId) {
        if (base.isEmpty()) {
            return null;
        }
        if ("job".equals(subjectType) && jobId != null) {
            return base + "/console/jobs/" + jobId;
        }
        if ("channel".equals(subjectType) && channelId != null) {
            return base + "/console/channels/" + channelId;
        }
        return alertsPage();
    }

    public String alertsPage() {
        return base.isEmpty() ? null : base + "/console/alerts";
    }
}
