package com.channelstudio.console;

import com.channelstudio.api.JobViews;
import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.InvalidInputException;
import com.channelstudio.jobs.JobFolders;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The console's job pages: the jobs newest first with a live progress bar, one job with everything it made, and
 * the retry of a failed job (the API's own).
 */
@Controller
class JobsConsole {

    private final StudioCalls studio;
    private final JobViews views;
    private final JobFolders folders;
    private final ObjectMapper json;
    private final int pollMs;

    JobsConsole(StudioCalls studio, JobViews views, JobFolders folders, ObjectMapper json, StudioProperties properties) {
        this.studio = studio;
        this.views = views;
        this.folders = folders;
        this.json = json;
        this.pollMs = properties.console().progressPollMs();
    }

    @ModelAttribute("pollMs")
    int pollMs() {
        return pollMs;
    }

    @GetMapping("/console/jobs")
    String jobs(@RequestParam(required = false) String channel, @RequestParam(required = false) String status,
            Model model) throws IOException {
        String channelFilter = ConsoleRequests.given(channel);
        model.addAttribute("jobs", jobRows(ConsoleRequests.given(status),
                channelFilter == null ? null : ConsoleRequests.id(channelFilter), null));
        model.addAttribute("channels", studio.read("console-channels", Map.of(), List.class));
        model.addAttribute("channel", channel);
        model.addAttribute("status", status);
        model.addAttribute("statuses", List.of("planned", "generating_music", "generating_image", "rendering",
                "ready_for_export", "completed", "failed"));
        return "console/jobs";
    }

    /**
     * The progress bar of one job, asked for again and again by the pages while the job is being made. When it
     * has ended the page is loaded anew (htmx's {@code HX-Refresh}), so what the job made shows up.
     */
    @GetMapping("/console/jobs/{id}/progress")
    String progress(@PathVariable String id, Model model, HttpServletResponse response) throws IOException {
        Map<String, Object> job = job(id);
        if (Boolean.TRUE.equals(job.get("finished"))) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        return "console/fragments :: progress";
    }

    @GetMapping("/console/jobs/{id}")
    String job(@PathVariable String id, Model model) throws IOException {
        StudioCalls.Answer shown = studio.api("api-show-job", id, null);
        if (!shown.ok()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "job " + id + " does not exist");
        }
        model.addAttribute("job", job(id));
        model.addAttribute("details", shown.map());
        model.addAttribute("renders", studio.read("console-render-tasks", Map.of("jobId", UUID.fromString(id)), List.class));
        model.addAttribute("export", exportMetadata((String) shown.map().get("output_directory")));
        return "console/job";
    }

    @PostMapping("/console/jobs/{id}/retry")
    String retry(@PathVariable String id) throws IOException {
        StudioCalls.Answer answer = studio.api("api-retry-job", id, null);
        if (!answer.ok()) {
            throw new ResponseStatusException(HttpStatus.valueOf(answer.status()), (String) answer.map().get("error"));
        }
        return "redirect:/console/jobs/" + id;
    }

    private Map<String, Object> job(String id) throws IOException {
        List<Map<String, Object>> rows = jobRows(null, null, ConsoleRequests.id(id));
        if (rows.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "job " + id + " does not exist");
        }
        return rows.get(0);
    }

    /** Jobs with their progress as the API reports it, and the time each stage took. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> jobRows(String status, UUID channel, UUID job) throws IOException {
        Map<String, Object> filters = new HashMap<>();
        filters.put("status", status);
        filters.put("channelId", channel);
        filters.put("jobId", job);
        List<Map<String, Object>> rows = studio.read("console-jobs", filters, List.class);
        for (Map<String, Object> row : rows) {
            row.put("progress", views.progress((String) row.get("status"), (UUID) row.get("id"),
                    ((Number) row.get("tracks_made")).intValue(), ((Number) row.get("images_made")).intValue(),
                    (String) row.get("budget_wait")));
            row.put("stage_times", studio.parse(row.get("stage_times")));
            row.put("finished", List.of("completed", "failed").contains(row.get("status")));
        }
        return rows;
    }

    /** The upload package's title, tags and description (with the tracklist), once it is written. */
    private Map<?, ?> exportMetadata(String outputDirectory) throws IOException {
        try {
            Path metadata = folders.file(Path.of(outputDirectory, "export", "metadata.json").toString());
            return Files.isRegularFile(metadata) ? json.readValue(metadata.toFile(), Map.class) : null;
        } catch (InvalidInputException outsideTheOutputFolder) {
            return null;
        }
    }
}
