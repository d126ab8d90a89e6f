package com.channelstudio.planning;

import com.channelstudio.config.StudioProperties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The languages besides English a channel's videos carry their title and description in: the channel's own
 * ({@code channels.languages}) or {@code studio.youtube.languages}. The LLM planner translates into any of them;
 * without it a language the studio has no {@link FixedTexts} table for is skipped, and the start says so.
 */
@Component("videoLanguages")
public class VideoLanguages {

    private static final Logger log = LoggerFactory.getLogger(VideoLanguages.class);

    /** The language of every video's own title and description. */
    public static final String DEFAULT_LANGUAGE = "en";

    private final List<String> studio;
    private final boolean llm;

    public VideoLanguages(StudioProperties properties) {
        this.studio = properties.youtube().languages();
        this.llm = properties.llm().configured();
    }

    /**
     * @param channelLanguages the channel's languages, comma separated as the SQL gives them; empty: none; null: the
     *     studio's. English is left out: it is every video's own language, not a localization of it.
     */
    public List<String> of(String channelLanguages) {
        List<String> chosen = channelLanguages == null ? studio
                : channelLanguages.isEmpty() ? List.of() : List.of(channelLanguages.split(","));
        return chosen.stream().filter(language -> !language.equalsIgnoreCase(DEFAULT_LANGUAGE)).toList();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void sayWhichAreSkipped() {
        List<String> unknown = studio.stream().filter(language -> !FixedTexts.knows(language)).toList();
        if (!llm && !unknown.isEmpty()) {
            log.warn("studio.youtube.languages: {} skipped: without an LLM planner (studio.llm.base-url) the studio translates "
                    + "only into es, pt, de, fr, it and ja", String.join(", ", unknown));
        }
    }
}
