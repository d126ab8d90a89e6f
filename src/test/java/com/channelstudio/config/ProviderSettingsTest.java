package com.channelstudio.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelstudio.support.SettingsStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The providers' settings are checked when the studio starts: a provider it does not know, a chosen provider without
 * its key, a price or budget below zero or in a unit the provider is not charged in stops it, naming the key.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProviderSettingsTest {

    @Test
    void anUnknownMusicProviderStopsTheStartNamingTheChoices(CapturedOutput output) {
        assertThatThrownBy(() -> SettingsStart.start("--studio.music.provider=suno")).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("studio.music.provider", "\"suno\"", "LYRIA", "ELEVENLABS",
                "STABLEAUDIO");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "studio.music.provider=elevenlabs | studio.music.provider is elevenlabs but studio.providers.elevenlabs.api-key is empty (ELEVENLABS_API_KEY)",
            "studio.music.provider=stableaudio | studio.music.provider is stableaudio but studio.providers.stableaudio.api-key is empty (STABILITY_API_KEY)",
            "studio.music.provider=lyria | studio.music.provider is lyria but studio.providers.lyria.api-key is empty (LYRIA_API_KEY), and so is studio.providers.gemini.api-key (GEMINI_API_KEY)",
            "studio.image.provider=leonardo | studio.image.provider is leonardo but studio.providers.leonardo.api-key is empty (LEONARDO_API_KEY)"})
    void aChosenProviderWithoutItsKeyStopsTheStartNamingTheKey(String choice, String refusal, CapturedOutput output) {
        assertThatThrownBy(() -> SettingsStart.start("--" + choice)).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains(refusal);
    }

    @Test
    void lyriaStartsWithTheImageProvidersGeminiKey() {
        assertThatCode(() -> SettingsStart.start("--studio.music.provider=lyria", "--studio.providers.gemini.api-key=a-gemini-key"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "studio.providers.lyria.price | -0.08 per-track | must be US dollars and per-track or per-minute",
            "studio.providers.elevenlabs.price | 0.30 per-image | must be US dollars and per-track or per-minute",
            "studio.providers.gemini.price | 0.04 per-track | must be US dollars and per-image or per-1k-tokens",
            "studio.providers.leonardo.price | free | must be US dollars and per-image or per-api-credit",
            "studio.llm.price | -1 per-1k-tokens | must be US dollars per-1k-tokens",
            "studio.providers.monthly-budget-usd | -5 | must be empty (no budget) or US dollars",
            "studio.providers.stableaudio.duration | 300 | must be less than or equal to 190"})
    void aPriceOrBudgetBelowZeroOrInTheWrongUnitStopsTheStartNamingTheKey(String key, String value, String rule,
            CapturedOutput output) {
        assertThatThrownBy(() -> SettingsStart.start("--" + key + "=" + value)).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains(key, "\"" + value + "\"", rule);
    }
}
