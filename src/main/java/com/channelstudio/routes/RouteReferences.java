package com.channelstudio.routes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.NamedNode;
import org.apache.camel.model.BeanDefinition;
import org.apache.camel.model.CatchDefinition;
import org.apache.camel.model.ExecutorServiceAwareDefinition;
import org.apache.camel.model.ExpressionNode;
import org.apache.camel.model.LogDefinition;
import org.apache.camel.model.OnExceptionDefinition;
import org.apache.camel.model.ProcessDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.ProcessorDefinitionHelper;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.SendDefinition;
import org.apache.camel.model.ThrowExceptionDefinition;
import org.apache.camel.model.ToDynamicDefinition;
import org.apache.camel.model.language.ExpressionDefinition;
import org.apache.camel.model.language.MethodCallExpression;

/**
 * What a route names outside itself, each where it is written: the endpoints it consumes from and sends to, the
 * beans it calls (by name, in {@code bean}, {@code method}, {@code process}, {@code executorService}, simple's
 * {@code ${bean:…}} and an endpoint's {@code #name} option) with the method it calls, and the classes it names
 * ({@code beanType}, the exceptions it throws and handles).
 */
final class RouteReferences {

    /**
     * A dynamic endpoint ({@code toD}) may be a placeholder for "none" that its route never sends to; a thread pool
     * is a bean or one of Camel's thread pool profiles.
     */
    enum Kind { ENDPOINT, DYNAMIC_ENDPOINT, BEAN, THREAD_POOL, CLASS }

    /** A name as written, maybe with {@code {{placeholders}}}; {@code method} is the bean method called, if any. */
    record Reference(Kind kind, String name, String method, String file, int line) {}

    /** The bean's name may be a template parameter: {@code ${bean:{{orders}}.providerEndpoint}}. */
    private static final Pattern SIMPLE_BEAN = Pattern.compile("\\$\\{bean:((?:\\{\\{[^}]+}}|[^.?}{])+)");
    private static final Pattern OPTION_BEAN = Pattern.compile("[?&][^=&]+=#(?:bean:)?([A-Za-z_][\\w.-]*)");

    private final List<Reference> found = new ArrayList<>();

    private RouteReferences() {}

    static List<Reference> of(RouteDefinition route) {
        RouteReferences references = new RouteReferences();
        references.endpoint(route.getInput().getEndpointUri(), route.getInput());
        for (ProcessorDefinition<?> node
                : ProcessorDefinitionHelper.filterTypeInOutputs(route.getOutputs(), ProcessorDefinition.class)) {
            references.node(node);
        }
        return references.found;
    }

    private void node(ProcessorDefinition<?> node) {
        if (node instanceof SendDefinition<?> send) {
            endpoint(send.getEndpointUri(), node);
        } else if (node instanceof ToDynamicDefinition dynamic) {
            dynamicEndpoint(dynamic.getUri(), node);
        } else if (node instanceof BeanDefinition bean) {
            add(Kind.BEAN, bean.getRef(), bean.getMethod(), node);
            add(Kind.CLASS, bean.getBeanType(), bean.getMethod(), node);
        } else if (node instanceof ProcessDefinition process) {
            add(Kind.BEAN, process.getRef(), null, node);
        } else if (node instanceof LogDefinition log) {
            simple(log.getMessage(), node);
        } else if (node instanceof ThrowExceptionDefinition thrown) {
            add(Kind.CLASS, thrown.getExceptionType(), null, node);
        } else if (node instanceof OnExceptionDefinition handler) {
            handler.getExceptions().forEach(type -> add(Kind.CLASS, type, null, node));
        } else if (node instanceof CatchDefinition handler) {
            handler.getExceptions().forEach(type -> add(Kind.CLASS, type, null, node));
        }
        if (node instanceof ExecutorServiceAwareDefinition<?> pooled) {
            add(Kind.THREAD_POOL, pooled.getExecutorServiceRef(), null, node);
        }
        if (node instanceof ExpressionNode withExpression && withExpression.getExpression() != null) {
            expression(withExpression.getExpression(), node);
        }
    }

    private void expression(ExpressionDefinition expression, NamedNode node) {
        if (expression instanceof MethodCallExpression call) {
            add(Kind.BEAN, call.getRef(), call.getMethod(), node);
            add(Kind.CLASS, call.getBeanTypeName(), call.getMethod(), node);
        } else if ("simple".equals(expression.getLanguage())) {
            simple(expression.getExpression(), node);
        }
    }

    private void endpoint(String uri, NamedNode node) {
        add(Kind.ENDPOINT, uri, null, node);
        if (uri != null && uri.startsWith("bean:")) {
            // With its options: the name may be a template parameter that brings them (bean:{{narrowedBy}}).
            add(Kind.BEAN, uri.substring("bean:".length()), null, node);
        }
        options(uri, node);
    }

    /** A {@code toD} URI is simple language: its scheme is checked when it is written out, its beans always. */
    private void dynamicEndpoint(String uri, NamedNode node) {
        if (uri != null && !uri.contains("${")) {
            add(Kind.DYNAMIC_ENDPOINT, uri, null, node);
        }
        simple(uri, node);
        options(uri, node);
    }

    private void simple(String text, NamedNode node) {
        if (text != null) {
            Matcher bean = SIMPLE_BEAN.matcher(text);
            while (bean.find()) {
                add(Kind.BEAN, bean.group(1), null, node);
            }
        }
    }

    private void options(String uri, NamedNode node) {
        if (uri != null) {
            Matcher bean = OPTION_BEAN.matcher(uri);
            while (bean.find()) {
                add(Kind.BEAN, bean.group(1), null, node);
            }
        }
    }

    private void add(Kind kind, String name, String method, NamedNode node) {
        if (name != null && !name.isBlank()) {
            found.add(new Reference(kind, name.trim(), method, node.getLocation(), node.getLineNumber()));
        }
    }
}
