package com.channelstudio.youtube;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.security.SecretRedactor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * The YouTube Analytics API's {@code reports.query} for one video, day by day: the query for the last
 * {@code studio.youtube.analytics.days} days (YouTube's days are Pacific time, as its quota days), and the answer
 * as rows of {@code video_analytics}. Revenue is asked for only where the channel may see it: a channel without
 * monetisation is answered 403, and asked again without it.
 */
@Component("analyticsReports")
public class AnalyticsReports {

    static final String METRICS = "views,estimatedMinutesWatched";
    static final String REVENUE = "estimatedRevenue";

    private final StudioProperties.Youtube config;
    private final YoutubeQuota quota;
    private final ObjectMapper json;
    private final SecretRedactor redactor;

    public AnalyticsReports(StudioProperties properties, YoutubeQuota quota, ObjectMapper json, SecretRedactor redactor) {
        this.config = properties.youtube();
        this.quota = quota;
        this.json = json;
        this.redactor = redactor;
    }

    /** The {@code Authorization} header of the channel's calls, from its access. */
    public String bearer(@Header("youtube") YoutubeAccess access) {
        return "Bearer " + access.credential().getAccessToken();
    }

    /** @param video the job's row ({@code youtube_video_id}) */
    public String query(@Header("video") Map<String, Object> video, @Header("withRevenue") boolean withRevenue) {
        LocalDate end = quota.day();
        return "ids=" + encode("channel==MINE")
                + "&startDate=" + end.minusDays(config.analytics().days() - 1L)
                + "&endDate=" + end
                + "&metrics=" + encode(withRevenue ? METRICS + "," + REVENUE : METRICS)
                + "&dimensions=day"
                + "&filters=" + encode("video==" + video.get("youtube_video_id"))
                + "&sort=day";
    }

    /**
     * The report's rows, one a day, read by their column names; a day without revenue in the report (not asked
     * for) has none.
     *
     * @throws IOException YouTube did not answer with a report
     */
    public List<Map<String, Object>> rows(@Body String answer, @Header(Exchange.HTTP_RESPONSE_CODE) Integer status,
            @Header("video") Map<String, Object> video) throws IOException {
        JsonNode report = answer == null || answer.isBlank() ? json.createObjectNode() : json.readTree(answer);
        if (status == null || status != 200) {
            throw new IOException(redactor.redact("the YouTube Analytics API answered " + status + ": "
                    + report.path("error").path("message").asText("(no message)")));
        }
        List<String> columns = new ArrayList<>();
        report.path("columnHeaders").forEach(header -> columns.add(header.path("name").asText()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode cells : report.path("rows")) {
            Map<String, JsonNode> cell = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                cell.put(columns.get(i), cells.path(i));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("videoJobId", video.get("id"));
            row.put("youtubeVideoId", video.get("youtube_video_id"));
            row.put("day", LocalDate.parse(cell.get("day").asText()));
            row.put("views", cell.get("views").asInt());
            row.put("watchTimeHours", cell.get("estimatedMinutesWatched").decimalValue()
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
            row.put("revenueUsd", cell.containsKey(REVENUE) ? cell.get(REVENUE).decimalValue().setScale(2, RoundingMode.HALF_UP) : null);
            rows.add(row);
        }
        return rows;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
