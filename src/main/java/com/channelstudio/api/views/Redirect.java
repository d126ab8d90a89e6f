package com.channelstudio.api.views;

import io.swagger.v3.oas.annotations.media.Schema;

/** A redirect's body; the address is its Location header. */
public record Redirect(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String redirect) {}
