package com.channelstudio.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.apache.camel.spi.DataFormatCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON the REST API binds and the routes read (Camel's Jackson data format): Spring's ObjectMapper, with its
 * refusal of unknown fields and its ISO dates, except that an empty text, or a value of another JSON type, is not
 * coerced into its field. Jackson coerces by default: {@code ""} for a boolean is false and for a number null (its
 * default), {@code 0} is false, {@code 75.5} is 75 minutes, {@code 1} and {@code true} are texts; the OpenAPI
 * document refuses them, so the API answers them 400 naming the field (JsonFieldErrors). A text that spells the
 * value ({@code "60"}, {@code "false"}) is still read: Jackson's refusal of it does not keep the value, which the
 * answer to {@code "sixty"} names. Provider answers and plans keep Spring's ObjectMapper as it is.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson {

    @Bean
    DataFormatCustomizer apiJsonCoercesNothing(ObjectMapper spring) {
        ObjectMapper api = coercingNothing(spring.copy());
        return DataFormatCustomizer.forType(JacksonDataFormat.class, format -> format.setObjectMapper(api));
    }

    static ObjectMapper coercingNothing(ObjectMapper json) {
        refuse(json, LogicalType.Boolean, CoercionInputShape.EmptyString, CoercionInputShape.Integer, CoercionInputShape.Float);
        refuse(json, LogicalType.Integer, CoercionInputShape.EmptyString, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(json, LogicalType.Float, CoercionInputShape.EmptyString, CoercionInputShape.Boolean);
        refuse(json, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        return json;
    }

    private static void refuse(ObjectMapper json, LogicalType type, CoercionInputShape... shapes) {
        json.coercionConfigFor(type).setAcceptBlankAsEmpty(false);
        for (CoercionInputShape shape : shapes) {
            json.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
