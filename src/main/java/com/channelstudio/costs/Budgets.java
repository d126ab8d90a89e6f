package com.channelstudio.costs;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.providers.AssetOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * The monthly budgets: a channel's (channels.monthly_budget_usd) and the studio's (studio.providers.monthly-budget-usd),
 * for provider calls in a calendar month (UTC). A job whose next calls would take either past it waits; calls that
 * cost nothing never wait.
 */
@Component("budgets")
public class Budgets {

    private final Optional<BigDecimal> studioBudget;
    private final int checkSeconds;

    public Budgets(StudioProperties properties) {
        this.studioBudget = properties.providers().studioBudgetUsd();
        this.checkSeconds = properties.providers().budgetCheckSeconds();
    }

    /** How long a waiting job is left before its stage looks again (studio.providers.budget-check-seconds). */
    public int checkSeconds() {
        return checkSeconds;
    }

    /**
     * Why the next calls must wait, or null when they fit both budgets.
     *
     * @param month this month's spend (month-spend.sql): channel_name, channel_budget_usd, channel_spend_usd,
     *     studio_spend_usd, and what other jobs' calls under way will still cost, channel_under_way_usd and
     *     studio_under_way_usd
     * @param estimate what the next calls will cost, in US dollars
     * @param calls what they are, for the message: "the 20 tracks still to make with mubert"
     */
    public String refusal(@Header("monthSpend") Map<String, Object> month, @Header("estimateUsd") BigDecimal estimate,
            @Header("nextCalls") String calls) {
        if (estimate.signum() <= 0) {
            return null;
        }
        BigDecimal channelBudget = (BigDecimal) month.get("channel_budget_usd");
        BigDecimal channelSpend = (BigDecimal) month.get("channel_spend_usd");
        BigDecimal channelUnderWay = (BigDecimal) month.get("channel_under_way_usd");
        if (channelBudget != null && channelSpend.add(channelUnderWay).add(estimate).compareTo(channelBudget) > 0) {
            return "waits for the monthly budget of channel " + month.get("channel_name") + ": it has spent " + usd(channelSpend)
                    + " of its " + usd(channelBudget) + " this month (UTC)" + underWay(channelUnderWay) + ", and " + calls
                    + " costs about " + usd(estimate) + "; it goes on when the month turns or channels.monthly_budget_usd is raised";
        }
        BigDecimal studioSpend = (BigDecimal) month.get("studio_spend_usd");
        BigDecimal studioUnderWay = (BigDecimal) month.get("studio_under_way_usd");
        if (studioBudget.isPresent() && studioSpend.add(studioUnderWay).add(estimate).compareTo(studioBudget.get()) > 0) {
            return "waits for the studio's monthly budget: all channels have spent " + usd(studioSpend) + " of "
                    + usd(studioBudget.get()) + " this month (UTC)" + underWay(studioUnderWay) + ", and " + calls
                    + " costs about " + usd(estimate) + "; it goes on when the month turns or "
                    + "studio.providers.monthly-budget-usd is raised";
        }
        return null;
    }

    /** @throws BudgetWaitException when the next calls would pass a budget, saying which and why */
    public void check(@Header("monthSpend") Map<String, Object> month, @Header("estimateUsd") BigDecimal estimate,
            @Header("nextCalls") String calls) {
        String refusal = refusal(month, estimate, calls);
        if (refusal != null) {
            throw new BudgetWaitException(refusal);
        }
    }

    private static String underWay(BigDecimal usd) {
        return usd.signum() > 0 ? ", other jobs' calls under way will cost about " + usd(usd) + " more" : "";
    }

    /** What the next calls are, for the job's note: "the 20 tracks still to make with mubert". */
    public String nextCalls(@Header("chargedProvider") String provider, @Body List<? extends AssetOrder> orders) {
        String kind = orders.get(0).kind();
        return "the " + orders.size() + " " + kind + (orders.size() == 1 ? "" : "s") + " still to make with " + provider;
    }

    static String usd(BigDecimal amount) {
        return "$" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
