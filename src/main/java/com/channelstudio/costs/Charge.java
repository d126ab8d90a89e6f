package com.channelstudio.costs;

import com.channelstudio.config.Price;
import java.math.BigDecimal;

/**
 * What one billed provider call cost, as its provider_costs row records it: for which asset of the job, how much of
 * the price's unit, and in US dollars. {@code reported}: the quantity is the provider's own figure.
 */
public record Charge(String provider, String asset, Integer orderIndex, BigDecimal quantity, Price.Unit unit, BigDecimal usd,
        boolean reported) {}
