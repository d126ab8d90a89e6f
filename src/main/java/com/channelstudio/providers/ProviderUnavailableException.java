package com.channelstudio.providers;

import com.channelstudio.jobs.AssetFailure;

/**
 * A provider failure that may pass if the call is made again (429, 5xx, timeouts, resets, truncated or
 * undecodable results): the one failure the provider routes retry with backoff.
 */
public class ProviderUnavailableException extends AssetFailure {

    public ProviderUnavailableException(ProviderRequest request, String message, Throwable cause) {
        super(request.item(), message, request.provider().label()
                + " kept failing after the configured attempts (studio.providers.retry); retry the job later", cause);
    }

    public ProviderUnavailableException(ProviderRequest request, String message) {
        this(request, message, null);
    }
}
