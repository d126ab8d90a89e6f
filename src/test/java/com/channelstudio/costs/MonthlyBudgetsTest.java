package com.channelstudio.costs;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.StudioSettings;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which next calls the monthly budgets let through, without a context: the channel's, the studio's, free calls. */
class MonthlyBudgetsTest {

    private static final String CALLS = "the 20 images still to make with gemini";

    @Test
    void callsThatWouldPassTheStudiosBudgetWaitNamingItsKey() {
        Budgets budgets = new Budgets(StudioSettings.of(Map.of("studio.providers.monthly-budget-usd", "100")));

        assertThat(budgets.refusal(month(null, "0", "99.50"), new BigDecimal("0.78"), CALLS))
                .isEqualTo("waits for the studio's monthly budget: all channels have spent $99.50 of $100.00 this month (UTC), "
                        + "and the 20 images still to make with gemini costs about $0.78; it goes on when the month turns or "
                        + "studio.providers.monthly-budget-usd is raised");
        assertThat(budgets.refusal(month(null, "0", "99.22"), new BigDecimal("0.78"), CALLS))
                .as("exactly the budget").isNull();
    }

    @Test
    void theChannelsBudgetIsCheckedFirstAndNoBudgetIsNoLimit() {
        Budgets none = new Budgets(StudioSettings.of(Map.of()));
        assertThat(none.refusal(month(null, "5000", "90000"), new BigDecimal("3"), CALLS)).isNull();

        Budgets studio = new Budgets(StudioSettings.of(Map.of("studio.providers.monthly-budget-usd", "10")));
        assertThat(studio.refusal(month("2", "1.5", "11"), new BigDecimal("1"), CALLS))
                .startsWith("waits for the monthly budget of channel Rainy Nights: it has spent $1.50 of its $2.00");
    }

    @Test
    void whatOtherJobsCallsUnderWayWillCostCountsAsSpent() {
        Budgets budgets = new Budgets(StudioSettings.of(Map.of("studio.providers.monthly-budget-usd", "100")));
        Map<String, Object> month = month(null, "0", "98");
        month.put("studio_under_way_usd", new BigDecimal("1.50"));

        assertThat(budgets.refusal(month, new BigDecimal("0.78"), CALLS))
                .isEqualTo("waits for the studio's monthly budget: all channels have spent $98.00 of $100.00 this month (UTC), "
                        + "other jobs' calls under way will cost about $1.50 more, and the 20 images still to make with gemini "
                        + "costs about $0.78; it goes on when the month turns or studio.providers.monthly-budget-usd is raised");
        month.put("studio_under_way_usd", new BigDecimal("1.22"));
        assertThat(budgets.refusal(month, new BigDecimal("0.78"), CALLS)).isNull();
    }

    @Test
    void freeCallsNeverWaitEvenPastABudget() {
        Budgets budgets = new Budgets(StudioSettings.of(Map.of("studio.providers.monthly-budget-usd", "1")));
        assertThat(budgets.refusal(month("1", "3", "9"), BigDecimal.ZERO, "the 20 tracks still to make with dummy"))
                .isNull();
    }

    private static Map<String, Object> month(String channelBudget, String channelSpend, String studioSpend) {
        Map<String, Object> month = new HashMap<>();
        month.put("channel_name", "Rainy Nights");
        month.put("channel_budget_usd", channelBudget == null ? null : new BigDecimal(channelBudget));
        month.put("channel_spend_usd", new BigDecimal(channelSpend));
        month.put("studio_spend_usd", new BigDecimal(studioSpend));
        month.put("channel_under_way_usd", BigDecimal.ZERO);
        month.put("studio_under_way_usd", BigDecimal.ZERO);
        return month;
    }
}
