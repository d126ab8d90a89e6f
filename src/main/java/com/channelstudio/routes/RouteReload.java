package com.channelstudio.routes;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.StudioInstance;
import com.channelstudio.routes.ReloadOutcome.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RouteTemplateDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The operator's reload of the route files while the studio runs (POST /api/routes/reload, the console's Routes
 * page, JMX): read every file again, check all of it, and only then replace the routes whose definition changed and
 * add the new ones. It works on this instance only; each instance reloads its own files (docs/routes.md).
 */
@Component("routeReload")
public class RouteReload {

    private static final Logger log = LoggerFactory.getLogger(RouteReload.class);

    private final CamelContext camel;
    private final RouteFiles files;
    private final RouteChecks checks;
    private final String instance;
    private final Duration wait;
    private final ReentrantLock reloading = new ReentrantLock();
    private volatile ReloadOutcome last;

    RouteReload(CamelContext camel, RouteFiles files, RouteChecks checks, StudioInstance instance, StudioProperties properties) {
        this.camel = camel;
        this.files = files;
        this.checks = checks;
        this.instance = instance.id();
        this.wait = Duration.ofSeconds(properties.routes().reloadWaitSeconds());
    }

    public ReloadOutcome reload() {
        if (!reloading.tryLock()) {
            return outcome(Result.BUSY, "another reload is under way on this instance; nothing changed", null, List.of());
        }
        try {
            ReloadOutcome outcome = attempt();
            last = outcome;
            if (outcome.result() == Result.APPLIED || outcome.result() == Result.UNCHANGED) {
                log.info("Route reload: {}", outcome.text());
            } else {
                log.warn("Route reload: {}", outcome.text());
            }
            return outcome;
        } finally {
            reloading.unlock();
        }
    }

    /** The last reload's outcome on this instance, or null if there was none since it started. */
    public ReloadOutcome last() {
        return last;
    }

    /** Where the routes are read from: camel.main.routes-include-pattern. */
    public String source() {
        return files.pattern();
    }

    /** The REST API's answer: the outcome as JSON, with its HTTP status. */
    public Map<String, Object> answer(Exchange exchange) {
        ReloadOutcome outcome = reload();
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, outcome.result().httpStatus());
        return outcome.json();
    }

    private ReloadOutcome attempt() {
        if (!camel.isStarted()) {
            return outcome(Result.BUSY, "Camel is " + camel.getStatus().name().toLowerCase(Locale.ROOT)
                    + ", not running; nothing changed", null, List.of());
        }
        try {
            RouteFileSet read = files.read();
            List<RouteProblem> problems = new ArrayList<>(read.problems());
            if (!problems.isEmpty()) {
                return refused(problems);
            }
            Map<String, RouteDefinition> instances = TemplateInstances.of(read, camel, problems);
            problems.addAll(checks.check(read, instances));
            if (!problems.isEmpty()) {
                return refused(problems);
            }
            ReloadPlan plan = ReloadPlan.of(camel, read, instances);
            if (!plan.refusals().isEmpty()) {
                return refused(plan.refusals());
            }
            if (plan.changesNothing()) {
                return outcome(Result.UNCHANGED, "no route changed", plan, List.of());
            }
            new RouteSwap(camel).apply(plan, wait);
            return outcome(Result.APPLIED, plan.replaced().size() + " route(s) replaced, " + plan.added().size() + " added",
                    plan, List.of());
        } catch (RouteSwap.NotApplied notApplied) {
            return outcome(notApplied.busy() ? Result.BUSY : Result.ROLLED_BACK, notApplied.getMessage(), null,
                    notApplied.problem() == null ? List.of() : List.of(notApplied.problem()));
        } catch (Exception unexpected) {
            log.error("Route reload failed before it changed anything", unexpected);
            return outcome(Result.REFUSED, "the route files could not be compared with the running routes: "
                    + unexpected.getMessage() + "; nothing changed", null, List.of());
        }
    }

    private ReloadOutcome refused(List<RouteProblem> problems) {
        return outcome(Result.REFUSED, problems.size() + " problem(s) in the route files; nothing changed", null, problems);
    }

    private ReloadOutcome outcome(Result result, String summary, ReloadPlan plan, List<RouteProblem> problems) {
        boolean applied = result == Result.APPLIED;
        return new ReloadOutcome(result, Instant.now(), instance, files.pattern(), summary,
                applied ? plan.replaced().stream().map(ReloadPlan.Replacement::id).toList() : List.of(),
                applied ? plan.added().stream().map(ReloadPlan.Replacement::id).toList() : List.of(),
                applied ? plan.templates().stream().map(RouteTemplateDefinition::getId).toList() : List.of(),
                plan == null ? List.of() : plan.gone(), problems);
    }
}
