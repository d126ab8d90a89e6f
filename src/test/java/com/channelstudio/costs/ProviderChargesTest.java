package com.channelstudio.costs;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.images.ImageOrder;
import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.media.MediaProbe;
import com.channelstudio.music.ClipCalls;
import com.channelstudio.support.StudioSettings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the next calls of a provider priced by what its answers report are estimated to cost: as much as its answers
 * usually report, and never nothing while none has reported yet, so a budget already spent stops them.
 */
class ProviderChargesTest {

    private static final StudioProperties SETTINGS = StudioSettings.of(Map.of(
            "studio.providers.leonardo.price", "0.002 per-api-credit", "studio.llm.price", "0.0006 per-1k-tokens"));

    private final ProviderCharges charges = new ProviderCharges(SETTINGS,
            new ClipCalls(Map.of(), new MediaProbe(new FfmpegLocator(SETTINGS), SETTINGS), SETTINGS));

    @Test
    void reportedUnitsAreEstimatedAsUsuallyReportedAndAsOneUnitBeforeAnyReport() {
        UUID job = UUID.randomUUID();
        List<ImageOrder> pictures = List.of(new ImageOrder(job, 1, "a", Path.of("01.png")), new ImageOrder(job, 2, "b", Path.of("02.png")));

        assertThat(charges.estimate("leonardo", pictures, new BigDecimal("24"))).isEqualByComparingTo("0.096");
        assertThat(charges.estimate("leonardo", pictures, null)).isEqualByComparingTo("0.004");
        assertThat(charges.estimatePlan(new BigDecimal("2.3"))).isEqualByComparingTo("0.00138");
        assertThat(charges.estimatePlan(null)).isEqualByComparingTo("0.0006");
        assertThat(charges.estimate("dummy", pictures, null)).as("the built-in painter").isEqualByComparingTo("0");
    }

    @Test
    void aPricedCallNoAnswerHasReportedYetWaitsForABudgetAlreadySpent() {
        Budgets budgets = new Budgets(SETTINGS);
        Map<String, Object> month = Map.of("channel_name", "Rainy Nights", "channel_budget_usd", new BigDecimal("5"),
                "channel_spend_usd", new BigDecimal("5"), "studio_spend_usd", new BigDecimal("5"),
                "channel_under_way_usd", BigDecimal.ZERO, "studio_under_way_usd", BigDecimal.ZERO);

        assertThat(budgets.refusal(month, charges.estimatePlan(null), "the prompt plan of the LLM planner"))
                .startsWith("waits for the monthly budget of channel Rainy Nights: it has spent $5.00 of its $5.00");
    }
}
