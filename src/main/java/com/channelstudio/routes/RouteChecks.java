package com.channelstudio.routes;

import com.channelstudio.routes.RouteReferences.Kind;
import com.channelstudio.routes.RouteReferences.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.rest.VerbDefinition;
import org.apache.camel.support.PatternHelper;
import org.apache.camel.support.PluginHelper;
import org.springframework.aop.support.AopUtils;
import org.springframework.stereotype.Component;

/**
 * What Camel would only find out while starting or running a route, found before anything changes: ids (present,
 * unique), route configurations named, two routes consuming one direct: endpoint, a direct: endpoint no route
 * consumes, and every endpoint's component, bean, bean method, class and property placeholder a route names.
 */
@Component
class RouteChecks {

    private static final Pattern BEAN_METHOD = Pattern.compile("[?&]method=([^&(]+)");

    private final CamelContext camel;

    RouteChecks(CamelContext camel) {
        this.camel = camel;
    }

    List<RouteProblem> check(RouteFileSet files, Map<String, RouteDefinition> instances) {
        List<RouteProblem> problems = new ArrayList<>();
        List<RouteDefinition> routes = new ArrayList<>(files.routes().toList());
        routes.stream().filter(route -> !route.hasCustomIdAssigned()).forEach(route -> problems.add(RouteProblem.in(route,
                "the route from " + route.getInput().getEndpointUri() + " has no id: a reload tells routes apart by their ids")));
        routes.addAll(instances.values());
        uniqueIds(files, routes, problems);
        List<String> configurations = files.configurations().map(RouteConfigurationDefinition::getId)
                .filter(Objects::nonNull).toList();
        Map<String, RouteDefinition> directConsumers = new HashMap<>();
        for (RouteDefinition route : routes) {
            configurationsExist(route, configurations, problems);
            oneConsumerPerDirectEndpoint(route, directConsumers, problems);
        }
        Set<String> consumed = consumedAfterTheReload(routes);
        // a route configuration's step is part of every route using it: its problem is named once, with the first
        Map<String, RouteProblem> missing = new LinkedHashMap<>();
        for (RouteDefinition route : routes) {
            for (Reference reference : RouteReferences.of(route)) {
                referenceExists(route, reference, consumed, missing, problems);
            }
        }
        problems.addAll(missing.values());
        return problems;
    }

    /** Route ids across files, template instances and REST verbs; template ids across files. */
    private void uniqueIds(RouteFileSet files, List<RouteDefinition> routes, List<RouteProblem> problems) {
        Map<String, String> places = new HashMap<>();
        for (RouteDefinition route : routes) {
            String first = route.hasCustomIdAssigned() ? places.putIfAbsent(route.getRouteId(), place(route)) : null;
            if (first != null) {
                problems.add(RouteProblem.in(route, "route id " + route.getRouteId() + " is used twice: here and at " + first));
            }
        }
        files.rests().flatMap(rest -> rest.getVerbs().stream()).map(VerbDefinition::getRouteId).filter(places::containsKey)
                .forEach(id -> problems.add(new RouteProblem(places.get(id), null,
                        "route id " + id + " is also a REST verb's routeId")));
        Map<String, String> templates = new HashMap<>();
        files.files().forEach(file -> file.templates().forEach(template -> {
            String first = templates.putIfAbsent(template.getId(), file.location());
            if (first != null) {
                problems.add(RouteProblem.at(file.location(), template.getLineNumber(),
                        "route template " + template.getId() + " is defined twice: here and in " + first));
            }
        }));
    }

    /** Camel refuses a second consumer of a direct: endpoint only when the route starts. */
    private static void oneConsumerPerDirectEndpoint(RouteDefinition route, Map<String, RouteDefinition> consumers,
            List<RouteProblem> problems) {
        String from = consumes(route);
        RouteDefinition other = from != null && from.startsWith("direct:") ? consumers.putIfAbsent(from, route) : null;
        if (other != null) {
            problems.add(RouteProblem.in(route, "route " + route.getRouteId() + " consumes " + from + " as route "
                    + other.getRouteId() + " (" + place(other) + ") does"));
        }
    }

    /** The endpoints routes consume once the reload is done: the files' routes, and the running ones no file has. */
    private Set<String> consumedAfterTheReload(List<RouteDefinition> routes) {
        Set<String> ids = routes.stream().map(RouteDefinition::getRouteId).collect(Collectors.toSet());
        List<RouteDefinition> running = camel.getCamelContextExtension().getContextPlugin(Model.class).getRouteDefinitions();
        return Stream.concat(routes.stream(), running.stream().filter(route -> !ids.contains(route.getRouteId())))
                .map(RouteChecks::consumes).collect(Collectors.toSet());
    }

    private static String consumes(RouteDefinition route) {
        return withoutOptions(Placeholders.fill(route.getInput().getEndpointUri(), route.getTemplateParameters()));
    }

    private static String withoutOptions(String uri) {
        return uri == null ? null : uri.split("\\?", 2)[0];
    }

    private void configurationsExist(RouteDefinition route, List<String> configurations, List<RouteProblem> problems) {
        String wanted = Placeholders.fill(route.getRouteConfigurationId(), route.getTemplateParameters());
        if (wanted == null) {
            return;
        }
        for (String id : wanted.split(",")) {
            if (configurations.stream().noneMatch(configuration -> PatternHelper.matchPattern(configuration, id.trim()))) {
                problems.add(RouteProblem.in(route, "route " + route.getRouteId() + " uses routeConfiguration "
                        + id.trim() + ", which no route file defines"));
            }
        }
    }

    private void referenceExists(RouteDefinition route, Reference reference, Set<String> consumed,
            Map<String, RouteProblem> missingReferences, List<RouteProblem> problems) {
        String name = resolved(route, reference.name(), reference.file(), reference.line(), problems);
        if (name == null) {
            return;
        }
        String missing = switch (reference.kind()) {
            case ENDPOINT, DYNAMIC_ENDPOINT -> missingEndpoint(name, reference.kind() == Kind.DYNAMIC_ENDPOINT, consumed);
            case BEAN -> missingBean(name, reference.method());
            case THREAD_POOL -> camel.getRegistry().lookupByName(name) == null
                    && camel.getExecutorServiceManager().getThreadPoolProfile(name) == null
                    ? "no thread pool (bean or profile) named " + name : null;
            case CLASS -> missingClass(name, reference.method());
        };
        if (missing != null) {
            missingReferences.putIfAbsent(reference.file() + ":" + reference.line() + " " + missing,
                    RouteProblem.at(reference.file(), reference.line(), missing + " (route " + route.getRouteId() + ")"));
        }
    }

    private String missingEndpoint(String uri, boolean dynamic, Set<String> consumed) {
        boolean hasScheme = uri.contains(":");
        String scheme = hasScheme ? uri.substring(0, uri.indexOf(':')) : uri;
        if ((hasScheme || !dynamic) && !componentExists(scheme)) {
            return "endpoint " + uri + ": no Camel component " + scheme;
        }
        if (uri.startsWith("direct:") && !consumed.contains(withoutOptions(uri))) {
            return "sends to " + withoutOptions(uri) + ", which no route consumes";
        }
        return null;
    }

    /** {@code name} may carry a bean endpoint's options, {@code alertChecks?method=asFound}. */
    private String missingBean(String name, String method) {
        String[] nameAndOptions = name.split("\\?", 2);
        Matcher named = BEAN_METHOD.matcher(nameAndOptions.length > 1 ? "?" + nameAndOptions[1] : "");
        String called = method != null ? method : named.find() ? named.group(1) : null;
        Object bean = camel.getRegistry().lookupByName(nameAndOptions[0]);
        return bean == null ? "no bean named " + nameAndOptions[0]
                : missingMethod(AopUtils.getTargetClass(bean), nameAndOptions[0], called);
    }

    private String missingClass(String name, String method) {
        Class<?> type = camel.getClassResolver().resolveClass(name);
        return type == null ? "no class " + name : missingMethod(type, name, method);
    }

    private boolean componentExists(String scheme) {
        try {
            return camel.hasComponent(scheme) != null
                    || PluginHelper.getComponentResolver(camel).resolveComponent(scheme, camel) != null;
        } catch (Exception unresolvable) {
            return false;
        }
    }

    /** A bean call names its method with its arguments ({@code began(${exchangeProperty.job})}); the name is enough. */
    private static String missingMethod(Class<?> type, String name, String method) {
        if (method == null || method.contains("{{")) {
            return null;
        }
        String called = method.split("\\(", 2)[0].trim();
        return Arrays.stream(type.getMethods()).anyMatch(candidate -> candidate.getName().equals(called)) ? null
                : name + " has no method " + called;
    }

    /** The text with the route's template parameters and the studio's properties filled in; null if one is unknown. */
    private String resolved(RouteDefinition route, String text, String file, int line, List<RouteProblem> problems) {
        String filled = Placeholders.fill(text, route.getTemplateParameters());
        if (filled == null || !filled.contains("{{")) {
            return filled;
        }
        try {
            return camel.resolvePropertyPlaceholders(filled);
        } catch (RuntimeException unknown) {
            problems.add(RouteProblem.at(file, line, unknown.getMessage() + " (route " + route.getRouteId() + ")"));
            return null;
        }
    }

    private static String place(RouteDefinition route) {
        return RouteProblem.in(route, "").place();
    }
}
