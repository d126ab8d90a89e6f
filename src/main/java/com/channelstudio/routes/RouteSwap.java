package com.channelstudio.routes;

import com.channelstudio.routes.ReloadPlan.Replacement;
import com.channelstudio.routes.RouteReferences.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RouteTemplateDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a {@link ReloadPlan} to the running context, all or nothing. Every route to replace is stopped gracefully
 * first: its consumer stops taking new exchanges (callers of a direct: route wait for it, up to 30 s) and the
 * exchanges in flight finish with the old definition, within one shared wait. If that wait runs out, the routes
 * stopped so far start again as they were and nothing changes. Then templates, replaced and new routes go in; if
 * one fails to start, every route goes back to its old definition.
 */
final class RouteSwap {

    private static final Logger log = LoggerFactory.getLogger(RouteSwap.class);

    /** Why a plan was not applied; the context is as it was. */
    static final class NotApplied extends Exception {

        private final boolean busy;
        private final transient RouteProblem problem;

        NotApplied(String message, boolean busy, RouteProblem problem, Throwable cause) {
            super(message, cause);
            this.busy = busy;
            this.problem = problem;
        }

        /** The routes' work in flight outlasted the wait: the same reload may pass later. */
        boolean busy() {
            return busy;
        }

        /** The route that failed to start, where it is written, and Camel's reason; null when none did. */
        RouteProblem problem() {
            return problem;
        }
    }

    private final CamelContext camel;
    private final Model model;

    RouteSwap(CamelContext camel) {
        this.camel = camel;
        this.model = camel.getCamelContextExtension().getContextPlugin(Model.class);
    }

    void apply(ReloadPlan plan, Duration wait) throws NotApplied {
        stopGracefully(callersFirst(plan.replaced()), wait);
        List<RouteTemplateDefinition> previousTemplates = new ArrayList<>();
        List<String> made = new ArrayList<>();
        Replacement making = null;
        try {
            for (RouteTemplateDefinition template : plan.templates()) {
                RouteTemplateDefinition previous = model.getRouteTemplateDefinition(template.getId());
                if (previous != null) {
                    model.removeRouteTemplateDefinition(previous);
                    previousTemplates.add(previous);
                }
                model.addRouteTemplateDefinition(template);
            }
            for (Replacement replacement : plan.replaced()) {
                making = replacement;
                model.removeRouteDefinition(replacement.running());
                made.add(replacement.id());
                make(replacement);
            }
            for (Replacement addition : plan.added()) {
                making = addition;
                made.add(addition.id());
                make(addition);
            }
        } catch (Exception failed) {
            putBack(plan, made, previousTemplates);
            String what = making == null ? "the route templates" : "route " + making.id();
            throw new NotApplied(what + " did not start: " + failed.getMessage() + "; every route is back as it was", false,
                    making == null ? null : RouteProblem.in(making.wanted(), failed.getMessage()), failed);
        }
    }

    private void make(Replacement wanted) throws Exception {
        if (wanted.templated() != null) {
            model.addRouteFromTemplatedRoute(wanted.templated());
        } else {
            model.addRouteDefinition(wanted.wanted());
        }
    }

    /**
     * One wait for all: each route gets what is left of it. On timeout Camel itself starts the route it was stopping
     * again; the ones stopped before it are started here.
     */
    private void stopGracefully(List<Replacement> routes, Duration wait) throws NotApplied {
        long deadline = System.nanoTime() + wait.toNanos();
        List<String> stopped = new ArrayList<>();
        for (Replacement route : routes) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            int inFlight = camel.getInflightRepository().size(route.id());
            if (inFlight > 0) {
                log.info("Route reload: route {} has {} exchange(s) in flight; they finish with its old definition "
                        + "(waiting up to {} ms)", route.id(), inFlight, left);
            }
            boolean done;
            try {
                done = left > 0 && camel.getRouteController().stopRoute(route.id(), left, TimeUnit.MILLISECONDS, true);
            } catch (Exception failed) {
                startAgain(stopped);
                throw new NotApplied("route " + route.id() + " could not be stopped: " + failed.getMessage(), false, null,
                        failed);
            }
            if (!done) {
                startAgain(stopped);
                throw new NotApplied("the exchanges in flight in route " + route.id() + " did not finish within "
                        + wait.toSeconds() + " s (studio.routes.reload-wait-seconds); every route runs on as it was: "
                        + "reload again when that work is done", true, null, null);
            }
            stopped.add(route.id());
        }
    }

    private void startAgain(List<String> stopped) {
        for (String id : stopped) {
            try {
                camel.getRouteController().startRoute(id);
            } catch (Exception failed) {
                log.error("Route {} could not be started again after a reload was abandoned; start it in Hawtio", id, failed);
            }
        }
    }

    private void putBack(ReloadPlan plan, List<String> made, List<RouteTemplateDefinition> previousTemplates) {
        for (String id : made) {
            try {
                RouteDefinition failedOrNew = model.getRouteDefinition(id);
                if (failedOrNew != null) {
                    model.removeRouteDefinition(failedOrNew);
                }
            } catch (Exception failed) {
                log.error("Route {} could not be removed while a failed reload was undone", id, failed);
            }
        }
        try {
            model.removeRouteTemplateDefinitions(plan.templates());
            model.addRouteTemplateDefinitions(previousTemplates);
        } catch (Exception failed) {
            log.error("Route templates could not be put back while a failed reload was undone", failed);
        }
        for (Replacement replacement : plan.replaced()) {
            try {
                if (model.getRouteDefinition(replacement.id()) == null) {
                    model.addRouteDefinition(replacement.running());
                } else {
                    // stopped for the swap, not reached by it
                    camel.getRouteController().startRoute(replacement.id());
                }
            } catch (Exception failed) {
                log.error("Route {} could not be put back as it was after a failed reload; restart the studio",
                        replacement.id(), failed);
            }
        }
    }

    /**
     * A route that sends to a direct: route also being replaced is stopped before it: its exchanges in flight still
     * reach the other, instead of waiting on it while it waits on them.
     */
    private static List<Replacement> callersFirst(List<Replacement> routes) {
        Map<String, Replacement> byEndpoint = routes.stream().collect(Collectors.toMap(route -> Placeholders.fill(
                route.running().getInput().getEndpointUri(), route.running().getTemplateParameters()), Function.identity(),
                (a, b) -> a));
        Set<Replacement> ordered = new LinkedHashSet<>();
        for (Replacement route : routes) {
            visitCallers(route, routes, byEndpoint, ordered, new LinkedHashSet<>());
        }
        return new ArrayList<>(ordered);
    }

    private static void visitCallers(Replacement route, List<Replacement> routes, Map<String, Replacement> byEndpoint,
            Set<Replacement> ordered, Set<Replacement> visiting) {
        if (ordered.contains(route) || !visiting.add(route)) {
            return;
        }
        for (Replacement caller : routes) {
            if (calls(caller, route, byEndpoint)) {
                visitCallers(caller, routes, byEndpoint, ordered, visiting);
            }
        }
        ordered.add(route);
    }

    private static boolean calls(Replacement caller, Replacement callee, Map<String, Replacement> byEndpoint) {
        return caller != callee && RouteReferences.of(caller.running()).stream()
                .filter(reference -> reference.kind() == Kind.ENDPOINT)
                .map(reference -> Placeholders.fill(reference.name(), caller.running().getTemplateParameters()))
                .anyMatch(uri -> byEndpoint.get(uri) == callee);
    }
}
