package com.channelstudio.api;

import com.channelstudio.jobs.DiskRoom;
import com.channelstudio.jobs.StageProgress;
import com.channelstudio.render.RenderProgress;
import com.channelstudio.render.RenderRun;
import com.channelstudio.youtube.UploadView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A job as the API shows it: its row, its prompts, tracks and images as JSON (each with what it cost), the evidence
 * of its checks for near copies of the channel's recent videos, its Shorts, what it cost, and how far it has come.
 */
@Component("jobViews")
public class JobViews {

    /** The stages whose provider calls a budget may hold back. */
    private static final Set<String> BUDGETED = Set.of("planned", "generating_music", "generating_image");

    private final ObjectMapper json;
    private final StageProgress progress;
    private final DiskRoom diskRoom;
    private final RenderProgress renders;

    public JobViews(ObjectMapper json, StageProgress progress, RenderProgress renders, DiskRoom diskRoom) {
        this.diskRoom = diskRoom;
        this.json = json;
        this.progress = progress;
        this.renders = renders;
    }

    public Map<String, Object> show(Map<String, Object> row) throws JsonProcessingException {
        Map<String, Object> view = new LinkedHashMap<>(row);
        view.put("upload", UploadView.takeFrom(view));
        view.put("prompts_json", parse(row.get("prompts_json")));
        JsonNode tracks = parse(row.get("audio_tracks"));
        JsonNode images = parse(row.get("images"));
        view.put("audio_tracks", tracks);
        view.put("images", images);
        view.put("duplicate_checks", parse(row.get("duplicate_checks")));
        view.put("shorts", parse(row.get("shorts")));
        view.put("cost", cost(parse((String) view.remove("costs")), ((Number) view.remove("youtube_quota_units")).intValue()));
        view.put("progress", progress(String.valueOf(row.get("status")), (UUID) row.get("id"), tracks.size(), images.size(),
                (String) row.get("budget_wait")));
        return view;
    }

    /**
     * What the job cost: its provider calls in US dollars, in all and per provider (calls and dollars), and the YouTube
     * quota units its upload used.
     */
    private static Map<String, Object> cost(JsonNode byProvider, int youtubeQuotaUnits) {
        Map<String, Object> providers = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode provider : byProvider) {
            BigDecimal usd = provider.path("usd").decimalValue();
            providers.put(provider.path("provider").asText(), Map.of("calls", provider.path("calls").asInt(), "usd", usd));
            total = total.add(usd);
        }
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("total_usd", total);
        cost.put("by_provider", providers);
        cost.put("youtube_quota_units", youtubeQuotaUnits);
        return cost;
    }

    /**
     * How far the job has come: its stage, the tracks and images made, a percent over the whole job, the work this
     * instance is doing on it now (the counts the logs report), if any, and what it waits for (disk space, a budget).
     *
     * @param budgetWait the job's budget_wait, or null
     */
    public Map<String, Object> progress(String status, UUID job, int tracks, int images, String budgetWait) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("stage", status);
        view.put("tracks_made", tracks);
        view.put("images_made", images);
        RenderRun.Steps render = status.equals("rendering") ? renders.of(job) : null;
        view.put("percent", switch (status) {
            case "planned" -> 0;
            case "generating_music" -> 5 + 40 * tracks / 20;
            case "generating_image" -> 45 + 10 * images / 20;
            case "rendering" -> render == null ? 55 : 55 + 40 * Math.min(render.done(), render.total()) / render.total();
            case "ready_for_export" -> 95;
            case "completed" -> 100;
            default -> null;
        });
        StageProgress.Counter running = progress.of(job);
        if (render == null && running == null && (status.equals("rendering") || status.equals("ready_for_export"))) {
            diskRoom.shortage().ifPresent(shortage -> view.put("waits_for", "disk space: " + shortage));
        }
        if (budgetWait != null && running == null && BUDGETED.contains(status)) {
            view.put("waits_for", budgetWait.replaceFirst("^waits for ", ""));
        }
        if (render != null) {
            view.put("working_on", "render steps " + render.done() + "/" + render.total());
        } else if (running != null) {
            view.put("working_on", running.kind() + " " + running.done() + "/" + running.total());
        }
        return view;
    }

    private JsonNode parse(Object text) throws JsonProcessingException {
        return text == null ? json.nullNode() : json.readTree((String) text);
    }
}
