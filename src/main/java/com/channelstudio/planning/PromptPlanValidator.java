package com.channelstudio.planning;

import com.channelstudio.jobs.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.springframework.stereotype.Component;

/** The rules every {@code prompts_json} obeys, whoever wrote it: the planner, an LLM or another system. */
@Component
public class PromptPlanValidator {

    static final int MAX_PROMPT_LENGTH = 1000;
    static final double MIN_TRACK_MINUTES = 0.5;
    static final double MAX_TRACK_MINUTES = 10.0;
    static final double SUM_TOLERANCE_MINUTES = 0.1;

    public PromptPlan validate(PromptPlan plan, int targetDurationMinutes) {
        if (plan == null || plan.musicPrompts() == null) {
            throw new InvalidInputException("prompts_json.music_prompts", "is required (a list of 20 prompts)");
        }
        if (plan.visualPrompts() == null) {
            throw new InvalidInputException("prompts_json.visual_prompts", "is required (a list of 20 prompts)");
        }
        checkList("prompts_json.music_prompts", plan.musicPrompts(), MusicPrompt::orderIndex, MusicPrompt::prompt);
        checkList("prompts_json.visual_prompts", plan.visualPrompts(), VisualPrompt::orderIndex, VisualPrompt::prompt);

        double sum = 0;
        for (MusicPrompt prompt : plan.musicPrompts()) {
            double minutes = prompt.durationMinutes();
            if (!(minutes >= MIN_TRACK_MINUTES && minutes <= MAX_TRACK_MINUTES)) {
                throw new InvalidInputException(
                        "prompts_json.music_prompts[order_index=" + prompt.orderIndex() + "].duration_minutes",
                        "must be between " + MIN_TRACK_MINUTES + " and " + MAX_TRACK_MINUTES + " (was " + minutes + ")");
            }
            sum += minutes;
        }
        if (Math.abs(sum - targetDurationMinutes) > SUM_TOLERANCE_MINUTES) {
            throw new InvalidInputException("prompts_json.music_prompts[].duration_minutes",
                    String.format(Locale.ROOT, "must add up to target_duration_minutes %d (they add up to %.2f)",
                            targetDurationMinutes, sum));
        }
        return plan;
    }

    /** None of the plan's prompts repeats one of the channel's recent videos ({@code recent}: lower case). */
    public PromptPlan checkFresh(PromptPlan plan, Set<String> recent) {
        for (MusicPrompt prompt : plan.musicPrompts()) {
            checkFresh("prompts_json.music_prompts[order_index=" + prompt.orderIndex() + "].prompt", prompt.prompt(), recent);
        }
        for (VisualPrompt prompt : plan.visualPrompts()) {
            checkFresh("prompts_json.visual_prompts[order_index=" + prompt.orderIndex() + "].prompt", prompt.prompt(), recent);
        }
        return plan;
    }

    private static void checkFresh(String field, String prompt, Set<String> recent) {
        if (recent.contains(prompt.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, "must not repeat a prompt of the channel's last 10 videos (\"" + prompt + "\")");
        }
    }

    private static <T> void checkList(String field, List<T> items, ToIntFunction<T> orderIndex,
            Function<T, String> text) {
        if (items.size() != PromptPlan.TRACKS) {
            throw new InvalidInputException(field, "must hold exactly " + PromptPlan.TRACKS + " prompts (has " + items.size() + ")");
        }
        Set<Integer> indexes = new HashSet<>();
        Set<String> prompts = new HashSet<>();
        for (T item : items) {
            if (item == null) {
                throw new InvalidInputException(field, "must not contain null entries");
            }
            int index = orderIndex.applyAsInt(item);
            String at = field + "[order_index=" + index + "]";
            if (index < 1 || index > PromptPlan.TRACKS) {
                throw new InvalidInputException(at + ".order_index", "must be between 1 and " + PromptPlan.TRACKS);
            }
            if (!indexes.add(index)) {
                throw new InvalidInputException(at + ".order_index", "must be unique (appears twice)");
            }
            String prompt = text.apply(item);
            if (prompt == null || prompt.isBlank()) {
                throw new InvalidInputException(at + ".prompt", "must not be empty");
            }
            if (prompt.length() > MAX_PROMPT_LENGTH) {
                throw new InvalidInputException(at + ".prompt",
                        "must be at most " + MAX_PROMPT_LENGTH + " characters (has " + prompt.length() + ")");
            }
            if (!prompts.add(prompt.strip().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException(at + ".prompt", "must be unique (the same prompt appears twice)");
            }
        }
    }
}
