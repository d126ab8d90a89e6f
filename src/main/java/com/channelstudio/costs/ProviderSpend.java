package com.channelstudio.costs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * Metric {@code studio.provider.spend.usd{provider=…}} (Prometheus: studio_provider_spend_usd_total): the US dollars this
 * instance's provider calls cost since it started; the sum over instances is the studio's.
 */
@Component("providerSpend")
public class ProviderSpend {

    private final MeterRegistry registry;

    public ProviderSpend(MeterRegistry registry) {
        this.registry = registry;
    }

    public void add(@ExchangeProperty("charge") Charge charge) {
        Counter.builder("studio.provider.spend.usd")
                .description("US dollars spent on provider calls, by provider")
                .tag("provider", charge.provider())
                .register(registry)
                .increment(charge.usd().doubleValue());
    }
}
