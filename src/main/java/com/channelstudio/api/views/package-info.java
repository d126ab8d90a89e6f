/**
 * What the REST API answers, as the OpenAPI document (/api/openapi.json) describes it: one record per answer, one
 * component per field, named as the JSON names it. The routes answer SQL rows and maps; these records only describe
 * them, and every API test checks each answer against the document (support/ApiDocument), so a field added to an
 * answer without its line here fails the tests. A component without {@code REQUIRED} may be null or left out.
 */
package com.channelstudio.api.views;
