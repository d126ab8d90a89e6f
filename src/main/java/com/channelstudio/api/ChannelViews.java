package com.channelstudio.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Body;
import org.springframework.stereotype.Component;

/**
 * A channel as the API shows it: its row (its languages as a list), its monthly budget, and this month's spend ({@code this_month}: the month,
 * what its provider calls cost in all and per provider, and what is left of the budget, if it has one).
 */
@Component("channelViews")
public class ChannelViews {

    private final ObjectMapper json;

    public ChannelViews(ObjectMapper json) {
        this.json = json;
    }

    public Map<String, Object> show(@Body Map<String, Object> row) throws JsonProcessingException {
        Map<String, Object> view = ApiRequests.channelView(row);
        JsonNode month = json.readTree((String) row.get("this_month"));
        Map<String, Object> thisMonth = new LinkedHashMap<>(json.convertValue(month, Map.class));
        BigDecimal budget = (BigDecimal) row.get("monthly_budget_usd");
        thisMonth.put("budget_left_usd", budget == null ? null : budget.subtract(month.path("spent_usd").decimalValue()).max(BigDecimal.ZERO));
        view.put("this_month", thisMonth);
        return view;
    }
}
