package com.channelstudio.api;

import java.util.List;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.VerbDefinition;

/** The REST verbs of the routes' rest: blocks, as the REST DSL defines them. */
public final class RestVerbs {

    private RestVerbs() {}

    public static List<RestDefinition> of(CamelContext camel) {
        return camel.getCamelContextExtension().getContextPlugin(Model.class).getRestDefinitions();
    }

    /** The type the verb that calls {@code uri} binds its JSON body to; empty when it binds none. */
    public static Optional<Class<?>> boundType(CamelContext camel, String uri) {
        for (RestDefinition rest : of(camel)) {
            for (VerbDefinition verb : rest.getVerbs()) {
                String mode = verb.getBindingMode() != null ? verb.getBindingMode() : rest.getBindingMode();
                if (verb.getTo() != null && uri.equals(verb.getTo().getUri()) && "json".equals(mode) && verb.getType() != null) {
                    return Optional.of(camel.getClassResolver().resolveClass(verb.getType()));
                }
            }
        }
        return Optional.empty();
    }
}
