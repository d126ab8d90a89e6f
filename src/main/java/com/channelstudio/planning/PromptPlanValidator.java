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
        checkTitles(plan.musicPrompts());
        plan.localizations().forEach((language, texts) -> texts.check(language));

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

    /** The plan has the video's fixed texts in each of these languages (a plan the studio asked the LLM for). */
    public PromptPlan checkTranslated(PromptPlan plan, List<String> languages) {
        for (String language : languages) {
            VideoTexts texts = plan.localizations().get(language);
            if (texts == null) {
                throw new InvalidInputException("prompts_json.localizations." + language, "is required (the video's title, "
                        + "summary, tracklist and licence in " + language + ")");
            }
            texts.check(language);
        }
        return plan;
    }

    /** Every music prompt has a title (a plan the studio asked for; other systems may leave them out). */
    public PromptPlan checkTitled(PromptPlan plan) {
        for (MusicPrompt prompt : plan.musicPrompts()) {
            if (prompt.title() == null) {
                throw new InvalidInputException(titleField(prompt), "is required (a short track title of "
                        + TrackTitles.MIN_LENGTH + " to " + TrackTitles.MAX_LENGTH + " characters)");
            }
        }
        return plan;
    }

    /** None of the plan's prompts and track titles repeats one the channel's recent videos used. */
    public PromptPlan checkFresh(PromptPlan plan, ChannelHistory history) {
        for (MusicPrompt prompt : plan.musicPrompts()) {
            checkFresh(field("music", prompt.orderIndex()), prompt.prompt(), "a prompt", history.prompts(), ChannelHistory.PROMPT_VIDEOS);
            if (prompt.title() != null) {
                checkFresh(titleField(prompt), prompt.title(), "a title", history.titles(), ChannelHistory.TITLE_VIDEOS);
            }
        }
        for (VisualPrompt prompt : plan.visualPrompts()) {
            checkFresh(field("visual", prompt.orderIndex()), prompt.prompt(), "a prompt", history.prompts(), ChannelHistory.PROMPT_VIDEOS);
        }
        return plan;
    }

    private static void checkFresh(String field, String text, String what, Set<String> recent, int videos) {
        if (recent.contains(text.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, "must not repeat " + what + " of the channel's last " + videos + " videos (\""
                    + text + "\")");
        }
    }

    /** Titles are optional; one that is there is 2–40 characters YouTube accepts, and unique in the video. */
    private static void checkTitles(List<MusicPrompt> prompts) {
        Set<String> titles = new HashSet<>();
        for (MusicPrompt prompt : prompts) {
            String title = prompt.title();
            if (title == null) {
                continue;
            }
            int length = title.strip().length();
            if (length < TrackTitles.MIN_LENGTH || length > TrackTitles.MAX_LENGTH) {
                throw new InvalidInputException(titleField(prompt), "must be " + TrackTitles.MIN_LENGTH + " to "
                        + TrackTitles.MAX_LENGTH + " characters (has " + length + ": \"" + title + "\")");
            }
            if (title.chars().anyMatch(c -> c == '<' || c == '>' || Character.isISOControl(c))) {
                throw new InvalidInputException(titleField(prompt),
                        "must not contain < > or line breaks, which YouTube refuses in a description (\"" + title + "\")");
            }
            if (!titles.add(TrackTitles.key(title))) {
                throw new InvalidInputException(titleField(prompt), "must be unique in the video (\"" + title + "\" appears twice)");
            }
        }
    }

    private static String field(String kind, int orderIndex) {
        return "prompts_json." + kind + "_prompts[order_index=" + orderIndex + "].prompt";
    }

    private static String titleField(MusicPrompt prompt) {
        return "prompts_json.music_prompts[order_index=" + prompt.orderIndex() + "].title";
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
