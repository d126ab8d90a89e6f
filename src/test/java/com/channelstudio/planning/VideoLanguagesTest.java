package com.channelstudio.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.StudioSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A channel's languages, else the studio's; without an LLM planner, the start names the languages it cannot write. */
@ExtendWith(OutputCaptureExtension.class)
class VideoLanguagesTest {

    @Test
    void aChannelsOwnLanguagesWinAndNoneMeansNone() {
        VideoLanguages languages = new VideoLanguages(StudioSettings.of(Map.of("studio.youtube.languages", "es, ja")));

        assertThat(languages.of(null)).containsExactly("es", "ja");
        assertThat(languages.of("de,pt-BR")).containsExactly("de", "pt-BR");
        assertThat(languages.of("")).isEmpty();
        assertThat(languages.of("en,es,EN,en-GB")).as("English is the videos' own").containsExactly("es", "en-GB");
    }

    @Test
    void withoutAnLlmTheStartSaysWhichLanguagesItSkips(CapturedOutput log) {
        new VideoLanguages(StudioSettings.of(Map.of("studio.youtube.languages", "es, ko, pt-BR, sw"))).sayWhichAreSkipped();

        assertThat(log.getAll()).contains("studio.youtube.languages: ko, sw skipped: without an LLM planner");
    }

    @Test
    void anLlmWritesAnyLanguageSoNoneIsSkipped(CapturedOutput log) {
        new VideoLanguages(StudioSettings.of(Map.of("studio.youtube.languages", "ko",
                "studio.llm.base-url", "http://localhost:9/v1", "studio.llm.model", "planner"))).sayWhichAreSkipped();

        assertThat(log.getAll()).doesNotContain("skipped");
    }

    @Test
    void theStudiosTablesFillInTheNicheMoodsAndLength() {
        VideoTexts german = FixedTexts.of("de-AT", "Lo-Fi Study Beats", "calm, rainy, warm, slow", 20, 60).orElseThrow();

        assertThat(german.title()).isEqualTo("Lo-Fi Study Beats — Calm, rainy, warm Musik (60 Min.)");
        assertThat(german.summary()).isEqualTo("Lo-Fi Study Beats: 20 Stücke calm, rainy, warm, slow Musik zum Konzentrieren, "
                + "Lernen und Entspannen.");
        assertThat(german.tracklist()).isEqualTo("Titelliste");
        assertThat(FixedTexts.of("ko", "Lo-Fi", "calm", 20, 60)).isEmpty();
    }
}
