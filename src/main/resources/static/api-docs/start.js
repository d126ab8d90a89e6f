// Swagger UI over the studio's OpenAPI document. "Try it out" calls the API with the browser's session, which
// must send the XSRF-TOKEN cookie's value as X-XSRF-TOKEN (docs/api.md).
(function () {
    const root = document.getElementById('swagger-ui');
    window.ui = SwaggerUIBundle({
        url: root.dataset.document,
        dom_id: '#swagger-ui',
        requestInterceptor: request => {
            const token = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
            if (token) {
                request.headers['X-XSRF-TOKEN'] = decodeURIComponent(token[1]);
            }
            return request;
        }
    });
})();
