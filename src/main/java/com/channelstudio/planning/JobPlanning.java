package com.channelstudio.planning;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.InvalidInputException;
import com.channelstudio.jobs.JobFolders;
import com.channelstudio.jobs.VideoJob;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The {@code planned} stage: checks a job's own fields, then keeps the prompts it came with (validated) or takes
 * new ones from the LLM planner when it is configured and answered, else from the built-in planner.
 */
@Component("jobPlanning")
public class JobPlanning {

    static final int MAX_MOOD_KEYWORDS_LENGTH = 500;

    private final BuiltInPlanner planner;
    private final PromptPlanValidator validator;
    private final StudioProperties.Llm llm;
    private final ObjectMapper json;

    public JobPlanning(BuiltInPlanner planner, PromptPlanValidator validator, StudioProperties properties, ObjectMapper json) {
        this.planner = planner;
        this.validator = validator;
        this.llm = properties.llm();
        // Missing numbers fail; a missing prompt or list is named by the validator, a missing title is allowed.
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** Whether the LLM planner should write this job's prompts; a job with bad fields fails before any call. */
    public boolean asksLlm(VideoJob job) {
        checkJobFields(job);
        return job.promptsJson() == null && llm.configured();
    }

    /**
     * Returns the job's {@code prompts_json}, ready to store: its own prompts if it came with them (with built-in
     * titles where they have none), else the LLM's plan (already validated) when there is one, else the built-in
     * planner's; either repeats no prompt or title of the channel's recent videos.
     */
    public String plan(VideoJob job, PromptPlan fromLlm, ChannelHistory history) throws JsonProcessingException {
        checkJobFields(job);
        PromptPlan plan = job.promptsJson() != null ? titled(validator.validate(parse(job.promptsJson()),
                        job.targetDurationMinutes()), job, history.titles())
                : fromLlm != null ? fromLlm
                : planner.plan(job.nicheLabel(), job.moodKeywords(), job.targetDurationMinutes(), seedOf(job), history);
        return json.writeValueAsString(validator.validate(plan, job.targetDurationMinutes()));
    }

    /**
     * Every track's title by order_index: the plan's own, or for a row moved past planning by another system
     * without titles, the built-in ones (the same at every export).
     */
    public Map<Integer, String> trackTitles(VideoJob job) {
        return titled(read(job), job, Set.of()).musicPrompts().stream()
                .collect(Collectors.toMap(MusicPrompt::orderIndex, MusicPrompt::title));
    }

    /**
     * The job's {@code prompts_json} with new built-in prompts for the music and visual prompts at these order
     * indexes, none of them in {@code taken} (lower case); {@code repair} tells one job's successive redraws apart.
     */
    public String redrawn(VideoJob job, Set<Integer> music, Set<Integer> visuals, int repair, Set<String> taken)
            throws JsonProcessingException {
        PromptPlan plan = planner.redrawn(read(job), music, visuals, job.nicheLabel(), job.moodKeywords(),
                job.targetDurationMinutes(), seedOf(job) + 0x9E3779B97F4A7C15L * repair, taken);
        return json.writeValueAsString(validator.validate(plan, job.targetDurationMinutes()));
    }

    private PromptPlan titled(PromptPlan plan, VideoJob job, Set<String> takenTitles) {
        return planner.titled(plan, job.nicheLabel(), job.moodKeywords(), seedOf(job), takenTitles);
    }

    /**
     * Checks the row whenever a stage takes the job up, not only when it is planned: a row moved on by SQL, or
     * retried after an edit, must still hold valid prompts (20 of each, durations adding up to the target, unique
     * order_index) before anything is made from them.
     */
    public void checkAtStageEntry(VideoJob job) {
        checkJobFields(job);
        if ("planned".equals(job.status())) {
            return;
        }
        if (job.promptsJson() == null) {
            throw new InvalidInputException("prompts_json", "must hold the job's prompts from stage " + job.status()
                    + " on (was empty); set it, or move the job back to planned so the studio writes them");
        }
        validator.validate(parse(job.promptsJson()), job.targetDurationMinutes());
    }

    public PromptPlan read(VideoJob job) {
        return parse(job.promptsJson());
    }

    private PromptPlan parse(String promptsJson) {
        try {
            return json.readValue(promptsJson, PromptPlan.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("prompts_json", "must match the seed structure {\"music_prompts\": [{order_index, "
                    + "prompt, duration_minutes, optional title}], \"visual_prompts\": [{order_index, prompt}]} (" + e.getOriginalMessage() + ")");
        }
    }

    private static void checkJobFields(VideoJob job) {
        if (job.nicheLabel() == null || job.nicheLabel().isBlank()) {
            throw new InvalidInputException("niche_label", "must not be empty");
        }
        if (job.moodKeywords() == null || job.moodKeywords().isBlank()) {
            throw new InvalidInputException("mood_keywords", "must hold at least one keyword");
        }
        if (job.moodKeywords().length() > MAX_MOOD_KEYWORDS_LENGTH) {
            throw new InvalidInputException("mood_keywords", "must be at most " + MAX_MOOD_KEYWORDS_LENGTH + " characters");
        }
        if (job.outputDirectory().isBlank() || job.outputDirectory().chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("output_directory", "must be a non-empty path without control characters");
        }
        JobFolders.refusePatternCharacters(job.outputDirectory());
    }

    public static long seedOf(VideoJob job) {
        return job.id().getMostSignificantBits() ^ job.id().getLeastSignificantBits();
    }
}
