package com.channelstudio.costs;

import com.channelstudio.config.Price;
import com.channelstudio.config.StudioProperties;
import com.channelstudio.music.ClipCalls;
import com.channelstudio.music.TrackOrder;
import com.channelstudio.providers.AssetOrder;
import com.channelstudio.providers.ProviderRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The price of every provider (studio.providers.&lt;name&gt;.price, studio.llm.price; the built-in ones are free), what
 * one billed call costs by it, and what the calls still to make will cost. A call is counted in the price's unit: a
 * track or clip generated, the minutes asked for, a picture, or what the answer reports (tokens, API credits).
 */
@Component("providerCharges")
public class ProviderCharges {

    static final String BUILT_IN = "dummy";
    private static final int QUANTITY_SCALE = 4;
    private static final int USD_SCALE = 6;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final Map<String, Price> prices;
    private final ClipCalls clips;

    public ProviderCharges(StudioProperties properties, ClipCalls clips) {
        StudioProperties.Providers providers = properties.providers();
        this.prices = Map.of(
                "mubert", Price.of(providers.mubert().price()),
                "beatoven", Price.of(providers.beatoven().price()),
                "lyria", Price.of(providers.lyria().price()),
                "elevenlabs", Price.of(providers.elevenlabs().price()),
                "stableaudio", Price.of(providers.stableaudio().price()),
                "leonardo", Price.of(providers.leonardo().price()),
                "gemini", Price.of(providers.gemini().price()),
                "llm", Price.of(properties.llm().price()));
        this.clips = clips;
    }

    public Price price(String provider) {
        return prices.getOrDefault(provider, Price.FREE);
    }

    /** The call a provider billed for this order (a generation created, a clip or picture returned). */
    public Charge of(ProviderRequest request, AssetOrder order, Object answer) {
        return charge(request.provider().name(), order.kind(), order.orderIndex(), order.askedSeconds(), answer);
    }

    /** The call that answered the job's prompt plan (the LLM planner). */
    public Charge plan(ProviderRequest request, Object answer) {
        return charge(request.provider().name(), "plan", null, 0, answer);
    }

    /** A track or picture of the built-in providers: recorded, at no cost. */
    public Charge builtIn(AssetOrder order) {
        return new Charge(BUILT_IN, order.kind(), order.orderIndex(), BigDecimal.ONE,
                order.kind().equals("track") ? Price.Unit.PER_TRACK : Price.Unit.PER_IMAGE, BigDecimal.ZERO, false);
    }

    private Charge charge(String provider, String asset, Integer orderIndex, double seconds, Object answer) {
        Price price = price(provider);
        Optional<BigDecimal> reported = switch (price.unit()) {
            case PER_1K_TOKENS -> ReportedUsage.tokens(answer).map(tokens -> tokens.divide(THOUSAND, QUANTITY_SCALE, RoundingMode.HALF_UP));
            case PER_API_CREDIT -> ReportedUsage.apiCredits(answer);
            default -> Optional.empty();
        };
        BigDecimal quantity = switch (price.unit()) {
            case PER_TRACK, PER_IMAGE -> BigDecimal.ONE;
            case PER_MINUTE -> minutes(seconds);
            // not reported (e.g. a key without Leonardo's Production API): counted as nothing, and marked so
            case PER_1K_TOKENS, PER_API_CREDIT -> reported.orElse(BigDecimal.ZERO);
        };
        return new Charge(provider, asset, orderIndex, quantity, price.unit(), usd(price, quantity), reported.isPresent());
    }

    /**
     * What the calls for these orders will cost: per generation (each clip of a longer track is one), per minute asked
     * for, or, for prices of what answers report, as much as this provider's calls {@code usuallyReported} (one unit
     * before any call has reported: a priced call is never estimated free, so a budget already spent stops it).
     */
    public BigDecimal estimate(String provider, List<? extends AssetOrder> orders, BigDecimal usuallyReported) {
        Price price = price(provider);
        BigDecimal quantity = BigDecimal.ZERO;
        for (AssetOrder order : orders) {
            quantity = quantity.add(switch (price.unit()) {
                case PER_TRACK -> BigDecimal.valueOf(generations(provider, order));
                case PER_IMAGE -> BigDecimal.ONE;
                case PER_MINUTE -> minutes(askedSeconds(provider, order));
                case PER_1K_TOKENS, PER_API_CREDIT -> usual(usuallyReported);
            });
        }
        return usd(price, quantity);
    }

    /** What the job's prompt plan will cost (one answer of the LLM, as its answers usually report). */
    public BigDecimal estimatePlan(BigDecimal usuallyReported) {
        return usd(price("llm"), usual(usuallyReported));
    }

    private static BigDecimal usual(BigDecimal usuallyReported) {
        return usuallyReported == null ? BigDecimal.ONE : usuallyReported;
    }

    private int generations(String provider, AssetOrder order) {
        return clips.makesClips(provider) && order instanceof TrackOrder track ? clips.plan(track, provider).planned() : 1;
    }

    private double askedSeconds(String provider, AssetOrder order) {
        return clips.makesClips(provider) && order instanceof TrackOrder track
                ? clips.plan(track, provider).plannedSeconds() : order.askedSeconds();
    }

    private static BigDecimal minutes(double seconds) {
        return BigDecimal.valueOf(seconds).divide(SIXTY, QUANTITY_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal usd(Price price, BigDecimal quantity) {
        return price.usd().multiply(quantity).setScale(USD_SCALE, RoundingMode.HALF_UP);
    }
}
