package com.channelstudio.console;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.look.Motion;
import com.channelstudio.look.Visualizer;
import com.channelstudio.schedules.LearnedMoods;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The console's channel pages: every channel with its state, schedule and jobs; one channel's forms to plan a
 * video and set its schedule. Forms go through the REST API's routes, so they show the API's messages.
 */
@Controller
class ChannelsConsole {

    private final StudioCalls studio;
    private final Motion studioMotion;
    private final Visualizer studioVisualizer;
    private final int studioShorts;
    private final String studioLanguages;
    private final StudioProperties.LearnMetric learnMetric;
    private final int learnDays;

    ChannelsConsole(StudioCalls studio, StudioProperties properties) {
        this.studio = studio;
        this.studioMotion = properties.render().motion();
        this.studioVisualizer = properties.render().visualizer();
        this.studioShorts = properties.shorts().perVideo();
        this.learnMetric = properties.schedules().learnMetric();
        this.learnDays = properties.schedules().learnDays();
        this.studioLanguages = properties.youtube().languages().isEmpty() ? "none" : String.join(", ", properties.youtube().languages());
    }

    @GetMapping("/")
    String home() {
        return "redirect:/console";
    }

    @GetMapping("/console")
    String overview(Model model) throws IOException {
        model.addAttribute("channels", channels());
        return "console/channels";
    }

    @PostMapping("/console/channels")
    ModelAndView createChannel(@RequestParam Map<String, String> form, Model model) throws IOException {
        StudioCalls.Answer answer = studio.api("api-create-channel", null,
                apiBody(form, "name", "brand_niche", "youtube_channel_id"));
        if (answer.ok()) {
            return new ModelAndView("redirect:/console/channels/" + answer.map().get("id"));
        }
        model.addAttribute("channels", channels());
        return refused(answer, form, model, "console/channels");
    }

    /** Pauses or resumes the channel as {@code PATCH /api/channels/{id}} does. */
    @PostMapping("/console/channels/{id}/active")
    ModelAndView setActive(@PathVariable String id, @RequestParam boolean active, Model model) throws IOException {
        Map<String, Object> change = new HashMap<>();
        change.put("is_active", active);
        return changeChannel(id, change, "redirect:/console", model);
    }

    /**
     * The channel's own motion and visualizer (a form without the visualizer leaves it as it is), or (empty) the
     * studio's settings again, as {@code PATCH /api/channels/{id}} sets them.
     */
    @PostMapping("/console/channels/{id}/motion")
    ModelAndView setMotion(@PathVariable String id, @RequestParam("render_motion") String motion,
            @RequestParam(name = "render_visualizer", required = false) String visualizer, Model model) throws IOException {
        Map<String, Object> change = new HashMap<>();
        change.put("render_motion", ConsoleRequests.given(motion));
        if (visualizer != null) {
            change.put("render_visualizer", ConsoleRequests.given(visualizer));
        }
        return changeChannel(id, change, "redirect:/console/channels/" + id, model);
    }

    /**
     * The channel's own Shorts per video and languages (a comma-separated list), or (empty) the studio's settings again,
     * as {@code PATCH /api/channels/{id}} sets them.
     */
    @PostMapping("/console/channels/{id}/growth")
    ModelAndView setGrowth(@PathVariable String id, @RequestParam("shorts_per_video") String shorts,
            @RequestParam("languages") String languages, Model model) throws IOException {
        Map<String, Object> change = new HashMap<>();
        String count = ConsoleRequests.given(shorts);
        change.put("shorts_per_video", count != null && count.matches("\\d{1,9}") ? Integer.valueOf(count) : count);
        String tags = ConsoleRequests.given(languages);
        change.put("languages", tags == null ? null : Arrays.stream(tags.split("[,\\s]+")).filter(tag -> !tag.isEmpty()).toList());
        return changeChannel(id, change, "redirect:/console/channels/" + id, model);
    }

    /** The channel's monthly budget, or (empty) none, as {@code PATCH /api/channels/{id}} sets it. */
    @PostMapping("/console/channels/{id}/budget")
    ModelAndView setBudget(@PathVariable String id, @RequestParam("monthly_budget_usd") String budget, Model model)
            throws IOException {
        Map<String, Object> change = new HashMap<>();
        String given = ConsoleRequests.given(budget);
        change.put("monthly_budget_usd", given == null ? null : ConsoleRequests.number(given));
        return changeChannel(id, change, "redirect:/console/channels/" + id, model);
    }

    private ModelAndView changeChannel(String id, Map<String, Object> change, String next, Model model) throws IOException {
        StudioCalls.Answer answer = studio.api("api-change-channel", id, change);
        if (answer.ok()) {
            return new ModelAndView(next);
        }
        if (answer.status() == HttpStatus.NOT_FOUND.value()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "channel " + id + " does not exist");
        }
        channelPage(id, model);
        return refused(answer, Map.of(), model, "console/channel");
    }

    @GetMapping("/console/channels/{id}")
    String channel(@PathVariable String id, Model model) throws IOException {
        channelPage(id, model);
        return "console/channel";
    }

    /**
     * Plans a video as {@code POST /api/channels/{id}/jobs} does, with the key the form was given as its
     * {@code Idempotency-Key}: the form sent twice (a double click, a reload) plans one video.
     */
    @PostMapping("/console/channels/{id}/jobs")
    ModelAndView planJob(@PathVariable String id, @RequestParam Map<String, String> form, Model model)
            throws IOException {
        StudioCalls.Answer answer = studio.api("api-create-job", id, apiBody(form, "niche_label", "mood_keywords",
                "target_duration_minutes", "output_directory", "upload_strategy", "scheduled_time"),
                ConsoleRequests.given(form.get("idempotency_key")));
        if (answer.ok()) {
            return new ModelAndView("redirect:/console/jobs/" + answer.map().get("id"));
        }
        channelPage(id, model);
        model.addAttribute("jobForm", form);
        return refused(answer, form, model, "console/channel");
    }

    /** Sets the schedule as {@code PUT /api/channels/{id}/schedule} does; the mood keywords one set per line. */
    @PostMapping("/console/channels/{id}/schedule")
    ModelAndView setSchedule(@PathVariable String id, @RequestParam Map<String, String> form, Model model)
            throws IOException {
        Map<String, Object> body = apiBody(form, "cron", "time_zone", "videos_ahead", "target_duration_minutes",
                "upload_strategy", "publish_time", "selection");
        String moods = ConsoleRequests.given(form.get("mood_keywords"));
        body.put("mood_keywords", moods == null ? null
                : Arrays.stream(moods.split("\\R")).filter(line -> !line.isBlank()).toList());
        body.put("enabled", form.containsKey("enabled"));
        StudioCalls.Answer answer = studio.api("api-set-schedule", id, body);
        if (answer.ok()) {
            return new ModelAndView("redirect:/console/channels/" + id);
        }
        channelPage(id, model);
        model.addAttribute("schedule", form);
        return refused(answer, form, model, "console/channel");
    }

    /**
     * The JSON body an API client would send: the form's fields carry the API's names; empty ones are null (as if
     * left out), numbers go as the form gives them (the API reads "60" as 60 and answers anything else with its message).
     */
    private static Map<String, Object> apiBody(Map<String, String> form, String... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : fields) {
            body.put(field, ConsoleRequests.given(form.get(field)));
        }
        return body;
    }

    private void channelPage(String id, Model model) throws IOException {
        Map<String, Object> channel = channels().stream().filter(row -> row.get("id").toString().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "channel " + id + " does not exist"));
        model.addAttribute("channel", channel);
        model.addAttribute("motions", Motion.labels());
        model.addAttribute("studioMotion", studioMotion.label());
        model.addAttribute("visualizers", Visualizer.labels());
        model.addAttribute("studioVisualizer", studioVisualizer.label());
        model.addAttribute("studioShorts", studioShorts);
        model.addAttribute("studioLanguages", studioLanguages);
        StudioCalls.Answer schedule = studio.api("api-show-schedule", id, null);
        model.addAttribute("schedule", schedule.ok() ? scheduleForm(schedule.map()) : Map.of("enabled", true));
        model.addAttribute("jobForm", Map.of());
        model.addAttribute("idempotencyKey", UUID.randomUUID());
        moodResults(id, model);
    }

    /** The channel's mood sets by the metric learning schedules choose by, each with its bar of the chart (0-400). */
    @SuppressWarnings("unchecked")
    private void moodResults(String id, Model model) {
        List<Map<String, Object>> moods = studio.read("console-mood-results", Map.of("channelId", ConsoleRequests.id(id)), List.class);
        double highest = moods.stream().map(row -> (Number) row.get("per_day")).filter(Objects::nonNull)
                .mapToDouble(Number::doubleValue).max().orElse(0);
        for (Map<String, Object> row : moods) {
            Number perDay = (Number) row.get("per_day");
            row.put("bar", perDay == null || highest <= 0 ? 0 : Math.round(400 * perDay.doubleValue() / highest));
        }
        model.addAttribute("moods", moods);
        model.addAttribute("moodMetric", learnMetric.perDay());
        model.addAttribute("learnDays", learnDays);
        model.addAttribute("moodWindow", LearnedMoods.WINDOW);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> scheduleForm(Map<String, Object> schedule) {
        Map<String, Object> form = new LinkedHashMap<>(schedule);
        form.put("mood_keywords", String.join("\n", (List<String>) schedule.get("mood_keywords")));
        return form;
    }

    /** The page again, with the API's answer (its message names the field) and what was typed. */
    private static ModelAndView refused(StudioCalls.Answer answer, Map<String, String> form, Model model, String page) {
        model.addAttribute("problem", answer.body());
        model.addAttribute("form", form);
        return new ModelAndView(page, model.asMap(), HttpStatusCode.valueOf(answer.status()));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> channels() throws IOException {
        List<Map<String, Object>> rows = studio.read("console-channels", Map.of(), List.class);
        Instant now = Instant.now();
        for (Map<String, Object> row : rows) {
            row.put("jobs_by_status", studio.parse(row.get("jobs_by_status")));
            boolean firing = Boolean.TRUE.equals(row.get("is_active")) && Boolean.TRUE.equals(row.get("schedule_enabled"));
            row.put("next_firing", firing ? NextFiring.after((String) row.get("cron"), (String) row.get("time_zone"), now) : null);
        }
        return rows;
    }
}
