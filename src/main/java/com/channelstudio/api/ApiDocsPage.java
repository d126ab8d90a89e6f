package com.channelstudio.api;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /api/docs}: Swagger UI (its webjar) over the API's OpenAPI document, behind the same login as the API.
 * Its scripts are files of the studio (no inline script), so a Content-Security-Policy of {@code script-src 'self'}
 * would not stop it.
 */
@Controller
class ApiDocsPage {

    static final String PATH = "/api/docs";

    @GetMapping(PATH)
    String page() {
        return "api-docs";
    }
}
