package com.channelstudio.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.openapi.BeanConfig;
import org.apache.camel.openapi.OpenApiHelper;
import org.apache.camel.openapi.RestOpenApiReader;
import org.springframework.stereotype.Component;

/**
 * The REST API's OpenAPI 3 document, read from the routes' rest: blocks by Camel's reader (camel-openapi-java:
 * operations, parameters, and the schemas of the records the verbs name as type, outType and responseModel), with
 * what holds for every operation written here once instead of in every verb: the login, the id in the path (a
 * UUID: 400 otherwise, 404 when nothing has it), a body (413, 415, 400), the database out of reach (503), and the
 * error body's schema (ApiError). A record's component without REQUIRED may be null.
 */
@Component("openApiDocument")
public class OpenApiDocument {

    static final String ERROR = "ApiError";
    private static final String ERROR_REF = "#/components/schemas/" + ERROR;

    private final CamelContext camel;

    public OpenApiDocument(CamelContext camel) {
        this.camel = camel;
    }

    /** The document as JSON. */
    public String json() throws Exception {
        return Json.pretty(document());
    }

    public OpenAPI document() throws Exception {
        BeanConfig config = new BeanConfig();
        config.setVersion("3.0.3");
        config.setInfo(new Info().title("Channel Studio API").version("1")
                .description("The operators' API of Channel Studio (docs/api.md). Every call but Google's redirect back "
                        + "needs the operator login. Bad input answers 400 with the field and the rule.")
                .license(new License().name("Proprietary")));
        config.setSchemes(new String[0]);
        OpenAPI document = new RestOpenApiReader().read(camel, RestVerbs.of(camel), config, camel.getName(), camel.getClassResolver());
        OpenApiHelper.clearVendorExtensions(document);
        document.setServers(List.of(new Server().url("/").description("the studio that serves this document")));
        components(document);
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                holdForEveryOperation(path, operation)));
        return document;
    }

    private static void components(OpenAPI document) {
        Components components = document.getComponents() == null ? new Components() : document.getComponents();
        document.setComponents(components);
        ModelConverters.getInstance().readAll(ApiError.class).forEach(components::addSchemas);
        components.getSchemas().values().forEach(OpenApiDocument::optionalMayBeNull);
        components.addSecuritySchemes("operatorLogin", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("the operator's login (studio.security); a browser's session cookie after the login form does too"));
        document.addSecurityItem(new SecurityRequirement().addList("operatorLogin"));
    }

    @SuppressWarnings("rawtypes")
    private static void optionalMayBeNull(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<?> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        ((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
            if (!required.contains(name) && property.get$ref() == null) {
                property.setNullable(true);
            }
        });
    }

    private static void holdForEveryOperation(String path, Operation operation) {
        if (operation.getSummary() == null) {
            operation.setSummary(operation.getOperationId().replace('-', ' '));
        }
        ApiResponses responses = operation.getResponses();
        responses.remove(ApiResponses.DEFAULT);
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                error(responses, "400", "bad input: a parameter breaks a rule");
                if ("path".equals(parameter.getIn())) {
                    parameter.setRequired(true);
                    parameter.getSchema().setFormat("uuid");
                    error(responses, "404", "nothing has this id");
                }
            }
        }
        if (operation.getRequestBody() != null) {
            operation.getRequestBody().setRequired(true);
            error(responses, "400", "bad input: the body is not JSON of this shape, or a field breaks a rule");
            error(responses, "413", "the body is larger than studio.api.max-body");
            error(responses, "415", "the body is not application/json in UTF-8");
        }
        if (path.startsWith("/oauth/")) {
            operation.setSecurity(List.of());
        } else {
            error(responses, "401", "the operator's login is needed");
            error(responses, "403", "a browser's call without the XSRF-TOKEN cookie's value in X-XSRF-TOKEN");
            error(responses, "429", "too many failed logins from this address: wait Retry-After seconds");
        }
        error(responses, "503", "the studio's database is not answering (restarting or out of reach): send again after "
                + "Retry-After seconds");
        error(responses, "500", "internal error; see the studio log");
        for (String waits : List.of("429", "503")) {
            if (responses.get(waits) != null) {
                responses.get(waits).addHeaderObject("Retry-After", new Header().schema(new IntegerSchema()).description("seconds"));
            }
        }
    }

    private static void error(ApiResponses responses, String status, String description) {
        if (responses.get(status) == null) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType("application/json", new MediaType().schema(new Schema<>().$ref(ERROR_REF)))));
        }
    }
}
