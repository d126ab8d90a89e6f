package com.channelstudio.routes;

import com.channelstudio.routes.RouteReferences.Kind;
import com.channelstudio.routes.RouteReferences.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
        List<String> configurations = files.configurations().map(RouteConfigurationDefinition::getId).filter(Objects::nonNull).toList();
        Map<String, RouteDefinition> directConsumers = new HashMap<>();
        for (RouteDefinition route : routes) {
            configurationsExist(route, configurations, problems);
            oneConsumerPerDirectEndpoint(route, directConsumers, problems);
        }
        Set<String> consumed = consumedAfterTheReload(routes);
        for (RouteDefinition route : routes) {
            for (Reference reference : RouteReferences.of(route)) {
                referenceExists(route, reference, consumed, problems);
            }
        }
        return problems;
    }

    /** The endpoints routes consume once the reload is done: the files' routes, and the running ones no file has. */
    private Set<String> consumedAfterTheReload(List<RouteDefinition> routes) {
        Set<String> ids = routes.stream().map(RouteDefinition::getRouteId).collect(Collectors.toSet());
        List<RouteDefinition> running = camel.getCamelContextExtension().getContextPlugin(Model.class).getRouteDefinitions();
        return Stream.concat(routes.stream(), running.stream().filter(route -> !ids.contains(route.getRouteId())))
                .map(route -> withoutOptions(Placeholders.fill(route.getInput().getEndpointUri(), route.getTemplateParameters())))
                .collect(Collectors.toSet());
    }

    private static String withoutOptions(String uri) {
        return uri == null ? null : uri.split("\\?", 2)[0];
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
                .forEach(id -> problems.add(new RouteProblem(places.get(id), null, "route id " + id + " is also a REST verb's routeId")));
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
    private void oneConsumerPerDirectEndpoint(RouteDefinition route, Map<String, RouteDefinition> consumers, List<RouteProblem> problems) {
        String from = resolved(route, route.getInput().getEndpointUri(), route.getInput().getLocation(), route.getInput().getLineNumber(),
                problems);
        RouteDefinition other = from != null && from.startsWith("direct:") ? consumers.putIfAbsent(from, route) : null;
        if (other != null) {
            problems.add(RouteProblem.in(route, "route " + route.getRouteId() + " consumes " + from + " as route " + other.getRouteId()
                    + " (" + place(other) + ") does"));
        }
    }

    private void configurationsExist(RouteDefinition route, List<String> configurations, List<RouteProblem> problems) {
        String wanted = Placeholders.fill(route.getRouteConfigurationId(), route.getTemplateParameters());
        if (wanted == null) {
            return;
        }
        for (String id : wanted.split(",")) {
            if (configurations.stream().noneMatch(configuration -> PatternHelper.matchPattern(configuration, id.trim()))) {
                problems.add(RouteProblem.in(route, "route " + route.getRouteId() + " uses routeConfiguration " + id.trim()
                        + ", which no route file defines"));
            }
        }
    }

    private void referenceExists(RouteDefinition route, Reference reference, Set<String> consumed, List<RouteProblem> problems) {
        String name = resolved(route, reference.name(), reference.file(), reference.line(), problems);
        if (name == null) {
            return;
        }
        String in = " (route " + route.getRouteId() + ")";
        switch (reference.kind()) {
            case ENDPOINT, DYNAMIC_ENDPOINT -> {
                boolean hasScheme = name.contains(":");
                String scheme = hasScheme ? name.substring(0, name.indexOf(':')) : name;
                if ((hasScheme || reference.kind() == Kind.ENDPOINT) && !componentExists(scheme)) {
                    problems.add(RouteProblem.at(reference.file(), reference.line(),
                            "endpoint " + name + ": no Camel component " + scheme + in));
                } else if (name.startsWith("direct:") && !consumed.contains(withoutOptions(name))) {
                    problems.add(RouteProblem.at(reference.file(), reference.line(),
                            "sends to " + withoutOptions(name) + ", which no route consumes" + in));
                }
            }
            case BEAN -> {
                Object bean = camel.getRegistry().lookupByName(name);
                if (bean == null) {
                    problems.add(RouteProblem.at(reference.file(), reference.line(), "no bean named " + name + in));
                } else {
                    methodExists(AopUtils.getTargetClass(bean), name, reference, in, problems);
                }
            }
            case THREAD_POOL -> {
                if (camel.getRegistry().lookupByName(name) == null
                        && camel.getExecutorServiceManager().getThreadPoolProfile(name) == null) {
                    problems.add(RouteProblem.at(reference.file(), reference.line(),
                            "no thread pool (bean or profile) named " + name + in));
                }
            }
            case CLASS -> {
                Class<?> type = camel.getClassResolver().resolveClass(name);
                if (type == null) {
                    problems.add(RouteProblem.at(reference.file(), reference.line(), "no class " + name + in));
                } else {
                    methodExists(type, name, reference, in, problems);
                }
            }
        }
    }

    private boolean componentExists(String scheme) {
        try {
            return camel.hasComponent(scheme) != null
                    || PluginHelper.getComponentResolver(camel).resolveComponent(scheme, camel) != null;
        } catch (Exception unresolvable) {
            return false;
        }
    }

    private static void methodExists(Class<?> type, String name, Reference reference, String in, List<RouteProblem> problems) {
        if (reference.method() == null || reference.method().contains("{{")) {
            return;
        }
        String method = reference.method().split("\\(", 2)[0].trim();
        if (Arrays.stream(type.getMethods()).noneMatch(candidate -> candidate.getName().equals(method))) {
            problems.add(RouteProblem.at(reference.file(), reference.line(), name + " has no method " + method + in));
        }
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
